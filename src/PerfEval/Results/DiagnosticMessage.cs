using System.Collections.Generic;
using System.Globalization;
using System.Text;
using PerfEval.Rendering;

namespace PerfEval.Results;

/// <summary>
/// A message as data: a catalogue template and its arguments, put into words only when a language is asked for.
/// An argument is a name or quoted text (a string, shown as it is), a number, a <see cref="NameList"/>, another
/// message (a phrase such as "the formula of indicator 'x'", worded in the same language), or null (nothing).
/// </summary>
internal sealed class DiagnosticMessage
{
    private readonly object?[] arguments;

    internal DiagnosticMessage(MessageTemplate template, object?[] arguments)
    {
        Template = template;
        this.arguments = arguments;
    }

    public MessageTemplate Template { get; }

    public string Id => Template.Id;

    public IReadOnlyList<object?> Arguments => arguments;

    /// <summary>Gets the argument for a placeholder name.</summary>
    public object? this[string name]
    {
        get
        {
            for (var i = 0; i < Template.Names.Count; i++)
            {
                if (Template.Names[i] == name)
                {
                    return arguments[i];
                }
            }

            throw new KeyNotFoundException($"Message {Id} has no placeholder '{name}'.");
        }
    }

    public string Format(ReportLanguage language)
    {
        var text = new StringBuilder();
        Template.AppendTo(text, language, arguments);
        return text.ToString();
    }

    public override string ToString() => Format(ReportLanguage.English);

    internal static void AppendArgument(StringBuilder text, ReportLanguage language, object? argument)
    {
        switch (argument)
        {
            case null:
                break;
            case string s:
                text.Append(s);
                break;
            case DiagnosticMessage message:
                message.Template.AppendTo(text, language, message.arguments);
                break;
            case NameList list:
                list.AppendTo(text, language);
                break;
            case DescribedName name:
                text.Append(language == ReportLanguage.Chinese ? name.Description : name.Name);
                break;
            case decimal d:
                text.Append(d.ToString(CultureInfo.InvariantCulture));
                break;
            case int i:
                text.Append(i.ToString(CultureInfo.InvariantCulture));
                break;
            case long l:
                text.Append(l.ToString(CultureInfo.InvariantCulture));
                break;
            default:
                text.Append(System.Convert.ToString(argument, CultureInfo.InvariantCulture));
                break;
        }
    }
}
