using System.Globalization;

namespace PerfEval;

/// <summary>Reads number literals as <see cref="decimal"/> only when nothing is lost: never rounded quietly.</summary>
internal static class ExactDecimal
{
    /// <summary>
    /// Tells whether a literal's significant digits are the decimal's: 1e-40 read as 0, or 30 digits read as 28, are not.
    /// </summary>
    public static bool IsExact(string literal, decimal value)
        => SignificantDigits(literal.Split('e', 'E')[0]) == SignificantDigits(value.ToString(CultureInfo.InvariantCulture));

    private static string SignificantDigits(string number) => number.TrimStart('-', '+').Replace(".", string.Empty).Trim('0');
}
