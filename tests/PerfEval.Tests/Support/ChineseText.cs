using System.Text.RegularExpressions;

namespace PerfEval.Tests.Support;

/// <summary>
/// What is left of a Chinese diagnostic line or template that is not Chinese: ASCII words outside the place and code,
/// the [indicator], text quoted “so” (names, keys, formulas, values, other programs' words) and placeholders.
/// </summary>
internal static class ChineseText
{
    /// <summary>Names of formats, notations and programs a Chinese message may write as they are.</summary>
    public static readonly IReadOnlySet<string> Allowed = new HashSet<string>(StringComparer.Ordinal) { "YAML", "JSON", "UTF-8", "Excel", "Word", "PerfEval" };

    private static readonly Regex Place = new(@"^.*?(错误|警告) PE\d{4}：", RegexOptions.CultureInvariant);
    private static readonly Regex Indicator = new(@" \[[^\]]*\]$", RegexOptions.CultureInvariant);
    private static readonly Regex Quoted = new("“[^”]*”", RegexOptions.CultureInvariant);
    private static readonly Regex Placeholder = new(@"\{\^?[A-Za-z0-9_]+\}", RegexOptions.CultureInvariant);
    private static readonly Regex Hex = new("0x[0-9A-Fa-f{}a-z]*", RegexOptions.CultureInvariant);
    private static readonly Regex Word = new(@"[A-Za-z][A-Za-z0-9_.@-]*", RegexOptions.CultureInvariant);

    /// <summary>The ASCII words of a diagnostic line that are neither quoted, nor declared names, nor allowed.</summary>
    public static List<string> LeftOver(string line, IReadOnlySet<string> declared)
    {
        var text = Indicator.Replace(Place.Replace(line, string.Empty), string.Empty);
        return Words(text).Where(w => !declared.Contains(w)).ToList();
    }

    /// <summary>The ASCII words of a template or text outside quotes and placeholders, less the allowed ones.</summary>
    public static IEnumerable<string> Words(string text)
    {
        text = Hex.Replace(Placeholder.Replace(Quoted.Replace(text, " "), " "), " ");
        return Word.Matches(text).Select(m => m.Value.TrimEnd('.', '-')).Where(w => !Allowed.Contains(w));
    }
}
