using PerfEval.Inputs;

namespace PerfEval.Tests.Inputs;

public sealed class RowFigureTests
{
    [Theory]
    [InlineData("≥50个", TargetComparison.AtLeast, "50", "个")]
    [InlineData(">=50个", TargetComparison.AtLeast, "50", "个")]
    [InlineData("＞＝50个", TargetComparison.AtLeast, "50", "个")]
    [InlineData("≧50个", TargetComparison.AtLeast, "50", "个")]
    [InlineData("不低于50个", TargetComparison.AtLeast, "50", "个")]
    [InlineData("不少于50个", TargetComparison.AtLeast, "50", "个")]
    [InlineData("不小于50个", TargetComparison.AtLeast, "50", "个")]
    [InlineData("大于等于50个", TargetComparison.AtLeast, "50", "个")]
    [InlineData("至少50个", TargetComparison.AtLeast, "50", "个")]
    [InlineData("50个以上", TargetComparison.AtLeast, "50", "个")]
    [InlineData("≤90万元", TargetComparison.AtMost, "90", "万元")]
    [InlineData("<=90万元", TargetComparison.AtMost, "90", "万元")]
    [InlineData("＜＝90万元", TargetComparison.AtMost, "90", "万元")]
    [InlineData("≦90万元", TargetComparison.AtMost, "90", "万元")]
    [InlineData("不高于90万元", TargetComparison.AtMost, "90", "万元")]
    [InlineData("不超过90万元", TargetComparison.AtMost, "90", "万元")]
    [InlineData("不多于90万元", TargetComparison.AtMost, "90", "万元")]
    [InlineData("不大于90万元", TargetComparison.AtMost, "90", "万元")]
    [InlineData("小于等于90万元", TargetComparison.AtMost, "90", "万元")]
    [InlineData("90万元以下", TargetComparison.AtMost, "90", "万元")]
    [InlineData("90万元以内", TargetComparison.AtMost, "90", "万元")]
    [InlineData("=100%", TargetComparison.Equal, "100", "%")]
    [InlineData("＝100％", TargetComparison.Equal, "100", "%")]
    [InlineData("等于100%", TargetComparison.Equal, "100", "%")]
    [InlineData(">5次", TargetComparison.Greater, "5", "次")]
    [InlineData("＞5次", TargetComparison.Greater, "5", "次")]
    [InlineData("大于5次", TargetComparison.Greater, "5", "次")]
    [InlineData("高于5次", TargetComparison.Greater, "5", "次")]
    [InlineData("多于5次", TargetComparison.Greater, "5", "次")]
    [InlineData("超过5次", TargetComparison.Greater, "5", "次")]
    [InlineData("<3天", TargetComparison.Less, "3", "天")]
    [InlineData("＜3天", TargetComparison.Less, "3", "天")]
    [InlineData("小于3天", TargetComparison.Less, "3", "天")]
    [InlineData("低于3天", TargetComparison.Less, "3", "天")]
    [InlineData("少于3天", TargetComparison.Less, "3", "天")]
    [InlineData("100%", TargetComparison.None, "100", "%")]
    [InlineData(" ≥ 50 个 ", TargetComparison.AtLeast, "50", "个")]
    [InlineData("５０．５万元", TargetComparison.None, "50.5", "万元")]
    [InlineData("1,000人次", TargetComparison.None, "1000", "人次")]
    [InlineData("1，000，000元", TargetComparison.None, "1000000", "元")]
    [InlineData("89.97万元", TargetComparison.None, "89.97", "万元")]
    [InlineData("1000㎡", TargetComparison.None, "1000", "平方米")]
    [InlineData("12", TargetComparison.None, "12", null)]
    [InlineData("0.50", TargetComparison.None, "0.50", null)]
    public void TryParse_Target_ReadsComparisonNumberAndUnit(string text, TargetComparison comparison, string number, string? unit)
    {
        Assert.True(RowFigures.TryParse(text, allowComparison: true, null, out var figure, out var error), error?.ToString());

        Assert.Equal((comparison, decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture), unit, false), (figure!.Comparison, figure.Number!.Value, figure.Unit, figure.IsQualitative));
        Assert.Equal(text, figure.Text);
    }

    public static TheoryData<string> Units() => new(RowFigures.BuiltInUnits);

    [Theory]
    [MemberData(nameof(Units))]
    public void TryParse_EveryBuiltInUnit_IsRead(string unit)
    {
        Assert.True(RowFigures.TryParse("≥7" + unit, true, null, out var figure, out _));

        Assert.Equal((7m, unit), (figure!.Number!.Value, figure.Unit));
    }

    [Theory]
    [InlineData("效果明显")]
    [InlineData("达成预期指标")]
    [InlineData("在计划时间内完成")]
    [InlineData("不低于上年水平")]
    public void TryParse_TextWithNoDigit_IsAPhrase(string text)
    {
        Assert.True(RowFigures.TryParse(" " + text + " ", false, null, out var figure, out _));

        Assert.Equal((text, true, null, TargetComparison.None), (figure!.Phrase, figure.IsQualitative, figure.Number, figure.Comparison));
    }

    [Fact]
    public void TryParse_ExtraUnit_IsReadAndNormalised()
    {
        Assert.True(RowFigures.TryParse("≥3个/年", true, ["个/年"], out var figure, out _));

        Assert.Equal("个/年", figure!.Unit);
    }

    [Theory]
    [InlineData("", true, "PE0801.empty")]
    [InlineData("  ", true, "PE0801.empty")]
    [InlineData(null, true, "PE0801.empty")]
    [InlineData("≥51个", false, "PE0801.comparison-on-actual")]
    [InlineData("51个以上", false, "PE0801.comparison-on-actual")]
    [InlineData("≥", true, "PE0801.no-number")]
    [InlineData("≥个", true, "PE0801.no-number")]
    [InlineData("不低于", true, "PE0801.no-number")]
    [InlineData("-5个", true, "PE0801.sign")]
    [InlineData("≥+5个", true, "PE0801.sign")]
    [InlineData("约50个", true, "PE0801.before-number")]
    [InlineData("1,00个", true, "PE0801.number")]
    [InlineData("1000,000个", true, "PE0801.number")]
    [InlineData("5.个", true, "PE0801.number")]
    [InlineData("1.2.3", true, "PE0801.number")]
    [InlineData("1.000,5", true, "PE0801.number")]
    [InlineData("0.12345678901234567890123456789", true, "PE0801.number")]
    [InlineData("99999999999999999999999999999999", true, "PE0801.number")]
    [InlineData("50个/年", true, "PE0801.unit")]
    [InlineData("50斤", true, "PE0801.unit")]
    [InlineData("50-60个", true, "PE0801.two-numbers")]
    [InlineData("50 60", true, "PE0801.two-numbers")]
    [InlineData("≥50个以上", true, "PE0801.two-comparisons")]
    [InlineData("五十个", true, "PE0801.chinese-numeral")]
    public void TryParse_NotUnderstood_ReportsItsMessage(string? text, bool allowComparison, string id)
    {
        Assert.False(RowFigures.TryParse(text, allowComparison, null, out var figure, out var error));

        Assert.Null(figure);
        Assert.Equal(id, error!.Id);
    }

    [Fact]
    public void TryParse_ComparisonOnActual_SaysWhatToWrite()
    {
        RowFigures.TryParse("≥51个", false, null, out _, out var error);

        Assert.Equal("'≥51个': an actual value (实际完成值) is the figure achieved and takes no comparison ('≥'); write '51个'.", error!.ToString());
    }
}
