using System.Collections.Generic;
using System.Text;

namespace PerfEval.Rules;

/// <summary>
/// A sentence template of the self-evaluation report, as the rule file writes it: literal text with placeholders
/// <c>{name}</c> (a figure) and <c>{name?text if yes:text if no}</c> (a yes/no value), <c>{{</c> and <c>}}</c> for
/// braces. Parsed when the rule file is read; the names are checked when the rule set is compiled.
/// </summary>
internal sealed class ReportTemplate
{
    private ReportTemplate(FormulaText source, IReadOnlyList<Part> parts)
    {
        Source = source;
        Parts = parts;
    }

    /// <summary>Gets the text as written, with its place in the rule file.</summary>
    public FormulaText Source { get; }

    /// <summary>Gets the literal runs and placeholders in order.</summary>
    public IReadOnlyList<Part> Parts { get; }

    /// <summary>Parses a template; on a syntax error returns <see langword="null"/> with the message and the 0-based offset.</summary>
    public static ReportTemplate? Parse(FormulaText source, out Results.DiagnosticMessage? error, out int errorOffset)
    {
        error = null;
        errorOffset = 0;
        var text = source.Text;
        var parts = new List<Part>();
        var literal = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '}')
            {
                if (i + 1 < text.Length && text[i + 1] == '}')
                {
                    literal.Append('}');
                    i++;
                    continue;
                }

                (error, errorOffset) = (Results.Messages.TemplateLoneCloser.With(), i);
                return null;
            }

            if (c != '{')
            {
                literal.Append(c);
                continue;
            }

            if (i + 1 < text.Length && text[i + 1] == '{')
            {
                literal.Append('{');
                i++;
                continue;
            }

            var close = text.IndexOf('}', i + 1);
            var nested = text.IndexOf('{', i + 1);
            if (close < 0 || (nested >= 0 && nested < close))
            {
                (error, errorOffset) = (Results.Messages.TemplateNotClosed.With(), i);
                return null;
            }

            if (literal.Length > 0)
            {
                parts.Add(new Part(literal.ToString(), null, null, null, 0));
                literal.Clear();
            }

            var body = text.Substring(i + 1, close - i - 1);
            var question = body.IndexOf('?');
            var name = (question < 0 ? body : body.Substring(0, question)).Trim();
            var nameOffset = i + 1 + (question < 0 ? body : body.Substring(0, question)).IndexOf(name, System.StringComparison.Ordinal);
            if (!IsName(name))
            {
                (error, errorOffset) = (name.Length == 0 ? Results.Messages.TemplateEmptyPlaceholder.With() : Results.Messages.TemplateNotAName.With(name), name.Length == 0 ? i : nameOffset);
                return null;
            }

            string? whenTrue = null, whenFalse = null;
            if (question >= 0)
            {
                var choice = body.Substring(question + 1);
                var colon = choice.IndexOf(':');
                if (colon < 0)
                {
                    (error, errorOffset) = (Results.Messages.TemplateChoiceTexts.With(name), i);
                    return null;
                }

                whenTrue = choice.Substring(0, colon);
                whenFalse = choice.Substring(colon + 1);
            }

            parts.Add(new Part(null, name, whenTrue, whenFalse, nameOffset));
            i = close;
        }

        if (literal.Length > 0)
        {
            parts.Add(new Part(literal.ToString(), null, null, null, 0));
        }

        return new ReportTemplate(source, parts);
    }

    /// <summary>The 1-based line and column of an offset in the template's text (for <c>FormulaCompiler.MapPosition</c>).</summary>
    public (int Line, int Column) LineColumn(int offset) => LineColumn(Source.Text, offset);

    /// <summary>The 1-based line and column of an offset in a text.</summary>
    public static (int Line, int Column) LineColumn(string text, int offset)
    {
        var line = 1;
        var start = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                start = i + 1;
            }
        }

        return (line, offset - start + 1);
    }

    private static bool IsName(string name)
    {
        if (name.Length == 0 || !(char.IsLetter(name[0]) && name[0] < 128 || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(c < 128 && (char.IsLetterOrDigit(c) || c == '_')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A literal run (<see cref="Literal"/>) or a placeholder (<see cref="Name"/>, with both texts when it is a yes/no choice).</summary>
    internal sealed class Part
    {
        public Part(string? literal, string? name, string? whenTrue, string? whenFalse, int offset)
        {
            Literal = literal;
            Name = name;
            WhenTrue = whenTrue;
            WhenFalse = whenFalse;
            Offset = offset;
        }

        public string? Literal { get; }

        public string? Name { get; }

        public string? WhenTrue { get; }

        public string? WhenFalse { get; }

        /// <summary>Gets where the name starts in the template's text (0-based).</summary>
        public int Offset { get; }

        public bool IsChoice => WhenTrue is not null;
    }
}
