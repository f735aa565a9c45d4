using System.Globalization;

namespace PerfEval.Rendering;

/// <summary>Chinese numerals for section numbering (一、二、… 十一).</summary>
internal static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    public static string Digit(int n) => n switch
    {
        >= 0 and < 10 => Digits[n].ToString(),
        10 => "十",
        > 10 and < 20 => "十" + Digits[n - 10],
        >= 20 and < 100 => Digits[n / 10] + "十" + (n % 10 == 0 ? string.Empty : Digits[n % 10].ToString()),
        _ => n.ToString(CultureInfo.InvariantCulture),
    };
}
