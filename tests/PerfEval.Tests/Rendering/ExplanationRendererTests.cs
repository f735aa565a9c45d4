using PerfEval.Loading;
using PerfEval.Rendering;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Rendering;

/// <summary>How the Chinese explanations word band hits, weight scaling and chosen options, from the explanation data.</summary>
public sealed class ExplanationRendererTests
{
    private static readonly RenderOptions Zh = new() { Language = ReportLanguage.Chinese };

    [Theory]
    [InlineData("yangxi-2023", "carryover_rate", "测算值3.43%，属于“5%及以下”档，计2分")]
    [InlineData("dazhou-2023", "estimation_basis", "测算值8.57%，属于“5%（不含）至10%（含）”档，计4分")]
    [InlineData("yangxi-2023", "budget_execution_rate", "本项指标总分值5分，增加资金下达合规性指标分值2分，指标总分值7分，按分值折算：4.83 × 7 / 5 = 6.76分")]
    public void Describe_Chinese_WordsRatiosAsPercentagesAndRoundsToTheRuleSetsDecimals(string sample, string id, string expected)
    {
        var card = Card(sample);

        Assert.Equal(expected, ExplanationRenderer.Describe(card, card[id], Zh));
    }

    /// <summary>
    /// The score scales the exact figure: Yangxi's spending less 300 万元 gives 5 × 2379.48 / 2774.62 = 4.287939, × 7 / 5 =
    /// 6.003 → 6.00. Shown as 4.29 the sentence would say 4.29 × 7 / 5 = 6.006 → 6.01, so the figure takes the one more
    /// decimal that makes its arithmetic hold: 4.288 × 7 / 5 = 6.0032 → 6.00.
    /// </summary>
    [Fact]
    public void Describe_ChineseScaling_ShowsAFigureWhoseArithmeticGivesTheScore()
    {
        var rules = RuleSetLoader.LoadFile(Repo.Rules("yangxi-2023.yaml")).GetValueOrThrow();
        var json = File.ReadAllText(Repo.Samples("yangxi-2023.json")).Replace("\"actual_spending\": 2679.48", "\"actual_spending\": 2379.48", StringComparison.Ordinal);
        var card = rules.Evaluate(PerfEval.Inputs.JsonInputReader.Read(json, "input.json").GetValueOrThrow()).GetValueOrThrow();

        Assert.Equal(6.00m, card["budget_execution_rate"].Score);
        Assert.EndsWith("按分值折算：4.288 × 7 / 5 = 6分", ExplanationRenderer.Describe(card, card["budget_execution_rate"], Zh), StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_ChineseChosenOption_NamesTheConditionAsTheRuleSetDescribesIt()
    {
        var card = Card("dazhou-2023");

        var how = ExplanationRenderer.Describe(card, card["midterm_review"], Zh);

        Assert.StartsWith("市级组织中期评估（扣分计算，适用条件：纳入市财政局组织的中期评估范围）：", how, StringComparison.Ordinal);
        Assert.DoesNotContain("in_city_midterm_review", how, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_English_KeepsTheExactFigures()
    {
        var card = Card("yangxi-2023");

        Assert.Equal("value ≈0.034289 lies in [0, 0.05]: 2 points", ExplanationRenderer.Describe(card, card["carryover_rate"]));
    }

    [Fact]
    public void BandHit_OfARatio_CarriesItsBoundsAndUnit()
    {
        var card = Card("dazhou-2023");

        var band = card["estimation_basis"].Explanation!.Band!;

        Assert.Equal((0.05m, false, 0.10m, true, "ratio", 4m), (band.Lower, band.LowerInclusive, band.Upper, band.UpperInclusive, band.Unit, band.Points));
        Assert.Equal("(0.05, 0.10]", band.Range);
    }

    private static Results.Scorecard Card(string sample)
        => RuleSetLoader.LoadFile(Repo.Rules(sample + ".yaml")).GetValueOrThrow().Evaluate(Some.Sample(sample + ".json")).GetValueOrThrow();
}
