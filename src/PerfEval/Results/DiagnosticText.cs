using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PerfEval.Results;

internal static class DiagnosticText
{
    /// <summary>Formats a number exactly and the same under every culture.</summary>
    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    public static string Summarize(string headline, IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var text = new StringBuilder(headline)
            .Append(" (").Append(errors.Count).Append(errors.Count == 1 ? " error" : " errors").Append("):");
        foreach (var diagnostic in errors)
        {
            text.Append('\n').Append(diagnostic);
        }

        return text.ToString();
    }
}
