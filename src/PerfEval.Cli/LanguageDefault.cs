using System.Globalization;

namespace PerfEval.Cli;

/// <summary>The language <c>--lang</c> takes when it is not given: Chinese under a Chinese UI culture (zh, zh-CN, zh-Hans, zh-TW, …), English otherwise.</summary>
internal static class LanguageDefault
{
    /// <summary>The <c>--lang</c> code for a UI culture: <c>zh</c> for zh and any zh-* culture, else <c>en</c>.</summary>
    public static string For(CultureInfo culture)
    {
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (c.TwoLetterISOLanguageName == "zh")
            {
                return "zh";
            }
        }

        return "en";
    }

    /// <summary>The <c>--lang</c> code for <see cref="CultureInfo.CurrentUICulture"/>, read when the command line is parsed.</summary>
    public static string Current() => For(CultureInfo.CurrentUICulture);
}
