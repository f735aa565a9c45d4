using System.Globalization;
using PerfEval.Cli;

namespace PerfEval.Tests.Cli;

/// <summary>Without <c>--lang</c>, the language follows the UI culture: zh-* gives Chinese, anything else English.</summary>
public sealed class LanguageDefaultTests
{
    [Theory]
    [InlineData("zh", "zh")]
    [InlineData("zh-CN", "zh")]
    [InlineData("zh-Hans-CN", "zh")]
    [InlineData("zh-TW", "zh")]
    [InlineData("en-US", "en")]
    [InlineData("ja-JP", "en")]
    [InlineData("", "en")]
    public void For_UiCulture_GivesTheLanguageCode(string culture, string expected)
    {
        Assert.Equal(expected, LanguageDefault.For(CultureInfo.GetCultureInfo(culture)));
    }

    [Theory]
    [InlineData("zh-CN", "合计：92.76分  等级：优")]
    [InlineData("en-US", "Total: 92.76  Grade: 优 (excellent)")]
    public void Score_NoLangUnderUiCulture_WritesThatLanguage(string culture, string gradeLine)
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();

            var exit = Commands.Invoke(["score", "--rules", Support.Repo.Rules("yangxi-2023.yaml"), "--input", Support.Repo.Samples("yangxi-2023.json")], stdout, stderr);

            Assert.Equal(ExitCodes.Success, exit);
            Assert.Contains("\n" + gradeLine + "\n", stdout.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void Score_LangEnUnderChineseUiCulture_WritesEnglish()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();

            Commands.Invoke(["score", "--rules", Support.Repo.Rules("yangxi-2023.yaml"), "--input", Support.Repo.Samples("yangxi-2023.json"), "--lang", "en"], stdout, stderr);

            Assert.Contains("\nTotal: 92.76  Grade: 优 (excellent)\n", stdout.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
