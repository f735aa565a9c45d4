using System;
using System.Collections.Generic;
using System.Text;
using PerfEval.Rendering;

namespace PerfEval.Results;

/// <summary>
/// One entry of the diagnostic catalogue (<see cref="Messages"/>): an id, and an English and a Chinese template with
/// named placeholders such as <c>{key}</c> (<c>{{</c> and <c>}}</c> are literal braces; <c>{^what}</c> starts the
/// argument with a capital letter, for an English sentence that opens with a phrase). Arguments are given by
/// position, in the order the names first appear in the English template, then any names only the Chinese one uses.
/// </summary>
internal sealed class MessageTemplate
{
    private readonly Part[] english;
    private readonly Part[] chinese;

    // A template without placeholders has one message: a phrase such as "the score", named on every formula evaluated.
    private readonly DiagnosticMessage? alone;

    public MessageTemplate(string id, string english, string chinese)
    {
        Id = id;
        English = english;
        Chinese = chinese;
        var names = new List<string>();
        this.english = Parse(english, names);
        this.chinese = Parse(chinese, names);
        Names = names;
        alone = names.Count == 0 ? new DiagnosticMessage(this, Array.Empty<object?>()) : null;
    }

    /// <summary>Gets the message id: the code, or the code and a variant (<c>PE0102.no-value</c>).</summary>
    public string Id { get; }

    public string English { get; }

    public string Chinese { get; }

    /// <summary>Gets the placeholder names, in argument order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Gets the names the template of a language uses.</summary>
    public IEnumerable<string> NamesIn(ReportLanguage language)
    {
        foreach (var part in language == ReportLanguage.Chinese ? chinese : english)
        {
            if (part.Argument >= 0)
            {
                yield return Names[part.Argument];
            }
        }
    }

    /// <summary>Makes a message of this template with its arguments.</summary>
    public DiagnosticMessage With(params object?[] arguments)
    {
        if (arguments.Length != Names.Count)
        {
            throw new ArgumentException($"Message {Id} takes {Names.Count} arguments ({string.Join(", ", Names)}), not {arguments.Length}.", nameof(arguments));
        }

        return alone ?? new DiagnosticMessage(this, arguments);
    }

    internal void AppendTo(StringBuilder text, ReportLanguage language, IReadOnlyList<object?> arguments)
    {
        foreach (var part in language == ReportLanguage.Chinese ? chinese : english)
        {
            if (part.Argument < 0)
            {
                text.Append(part.Text);
            }
            else
            {
                var start = text.Length;
                DiagnosticMessage.AppendArgument(text, language, arguments[part.Argument]);
                if (part.Capitalized && text.Length > start)
                {
                    text[start] = char.ToUpperInvariant(text[start]);
                }
            }
        }
    }

    private Part[] Parse(string template, List<string> names)
    {
        var parts = new List<Part>();
        var literal = new StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
            {
                literal.Append(c);
                i++;
                continue;
            }

            if (c == '}')
            {
                throw new FormatException($"Message {Id}: a lone '}}' at {i} in \"{template}\".");
            }

            if (c != '{')
            {
                literal.Append(c);
                continue;
            }

            var end = template.IndexOf('}', i + 1);
            if (end < 0)
            {
                throw new FormatException($"Message {Id}: '{{' at {i} is not closed in \"{template}\".");
            }

            var name = template.Substring(i + 1, end - i - 1);
            var capitalized = name.StartsWith("^", StringComparison.Ordinal);
            name = capitalized ? name.Substring(1) : name;
            if (name.Length == 0 || !IsName(name))
            {
                throw new FormatException($"Message {Id}: '{name}' is not a placeholder name in \"{template}\".");
            }

            if (literal.Length > 0)
            {
                parts.Add(new Part(literal.ToString(), -1, false));
                literal.Clear();
            }

            var index = names.IndexOf(name);
            if (index < 0)
            {
                index = names.Count;
                names.Add(name);
            }

            parts.Add(new Part(string.Empty, index, capitalized));
            i = end;
        }

        if (literal.Length > 0)
        {
            parts.Add(new Part(literal.ToString(), -1, false));
        }

        return parts.ToArray();
    }

    private static bool IsName(string name)
    {
        foreach (var c in name)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_'))
            {
                return false;
            }
        }

        return true;
    }

    private readonly struct Part
    {
        public Part(string text, int argument, bool capitalized)
        {
            Text = text;
            Argument = argument;
            Capitalized = capitalized;
        }

        public bool Capitalized { get; }

        public string Text { get; }

        public int Argument { get; }
    }
}
