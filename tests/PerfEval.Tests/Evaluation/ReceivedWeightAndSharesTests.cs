using System.Globalization;
using PerfEval.Evaluation;
using PerfEval.Rendering;
using PerfEval.Results;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Evaluation;

/// <summary>The two perfeval/1.1 keys: <c>received_weight</c> (how a received weight scores) and <c>rounding.shares</c> (how moved weight is split).</summary>
public sealed class ReceivedWeightAndSharesTests
{
    private const string MoveToBody = FallbackTests.MoveToBody;

    private static string Header11(decimal total, string extra = "", string shares = "") => Some.Header(total)
        .Replace("format: perfeval/1\n", "format: perfeval/1.1\n" + extra, StringComparison.Ordinal)
        .Replace("midpoint: away_from_zero }", "midpoint: away_from_zero" + shares + " }", StringComparison.Ordinal);

    [Theory]
    // raw 5 × 2679.48 / 2774.62 = 4.828553…; effective weight 5 + 2 = 7.
    // scale: 4.828553… × 7 / 5 = 6.759974… → 6.76; total 6.76 + 3 = 9.76.
    [InlineData("", 6.76, 9.76)]
    [InlineData("received_weight: scale\n", 6.76, 9.76)]
    // keep_deduction: 7 − (5 − 4.828553…) = 6.828553… → 6.83; total 6.83 + 3 = 9.83.
    [InlineData("received_weight: keep_deduction\n", 6.83, 9.83)]
    public void Evaluate_ReceivedWeightRule_ScoresByTheRule(string key, decimal expected, decimal total)
    {
        var rules = Some.Rules(Header11(10m, key) + MoveToBody);
        var card = Some.Score(rules, b => b.Set("has_transfers", false).Set("actual", 2679.48m).Set("issued", 2774.62m));

        Assert.Equal(7.00m, card["execution"].EffectiveWeight);
        Assert.Equal(expected, card["execution"].Score);
        Assert.Equal(total, card.Total);
    }

    [Fact]
    public void Evaluate_KeepDeductionLosingMoreThanEffectiveWeight_FloorsAtZero()
    {
        // actual 0: raw 0 on weight 5, 5 lost; 7 − (5 − 0) = 2. Not floored, but the lost points stay 5, not 7.
        var rules = Some.Rules(Header11(10m, "received_weight: keep_deduction\n") + MoveToBody);
        var card = Some.Score(rules, b => b.Set("has_transfers", false).Set("actual", 0m).Set("issued", 100m));

        Assert.Equal(2.00m, card["execution"].Score);
        Assert.Equal(Rules.ReceivedWeightRule.KeepDeduction, card["execution"].Explanation!.Scaling!.Rule);
    }

    [Theory]
    // raw 4.828553…, shown 4.83 in Chinese; 7 − (5 − 4.83) = 6.83.
    [InlineData(ReportLanguage.English, "effective weight 7 less the points lost on weight 5 (received_weight: keep_deduction; received 2 from 'allocation'): 7 − (5 − ≈4.828553) = ≈6.828553")]
    [InlineData(ReportLanguage.Chinese, "本项指标总分值5分，增加allocation指标分值2分，指标总分值7分，扣分按原分值计算：7 − （5 − 4.83） = 6.83分")]
    public void Describe_KeepDeduction_SaysWhichRuleApplied(ReportLanguage language, string expected)
    {
        var rules = Some.Rules(Header11(10m, "received_weight: keep_deduction\n") + MoveToBody);
        var card = Some.Score(rules, b => b.Set("has_transfers", false).Set("actual", 2679.48m).Set("issued", 2774.62m));

        Assert.Contains(expected, ExplanationRenderer.Describe(card["execution"], new RenderOptions { Language = language }), StringComparison.Ordinal);
    }

    private const string SpreadBody = """
        inputs:
          - { name: applies, type: boolean }
        indicators:
          - id: group
            name: Group
            weight: 8
            children:
              - { id: mover, name: Mover, weight: 1, pass_fail: { condition: applies }, applies_when: applies, fallback: { kind: spread } }
              - { id: s1, name: S1, weight: 1, pass_fail: { condition: true } }
              - { id: s2, name: S2, weight: 1, pass_fail: { condition: true } }
              - { id: s3, name: S3, weight: 1, pass_fail: { condition: true } }
              - { id: s4, name: S4, weight: 1, pass_fail: { condition: true } }
              - { id: s5, name: S5, weight: 1, pass_fail: { condition: true } }
              - { id: s6, name: S6, weight: 1, pass_fail: { condition: true } }
              - { id: s7, name: S7, weight: 1, pass_fail: { condition: true } }
        """;

    [Theory]
    // 1 point over seven siblings of weight 1: each exact share 1/7 = 0.142857…
    // last: six shares rounded to 0.14, the last 1 − 6 × 0.14 = 0.16.
    [InlineData("", "1.14 1.14 1.14 1.14 1.14 1.14 1.16")]
    [InlineData(", shares: last", "1.14 1.14 1.14 1.14 1.14 1.14 1.16")]
    // largest_remainder: seven floors of 0.14 = 0.98, 2 units left, remainders all equal: the first two in tree order.
    [InlineData(", shares: largest_remainder", "1.15 1.15 1.14 1.14 1.14 1.14 1.14")]
    public void Evaluate_SpreadShares_SplitByTheRule(string shares, string expected)
    {
        var rules = Some.Rules(Header11(8m, shares: shares) + SpreadBody);
        var card = Some.Score(rules, b => b.Set("applies", false));

        var weights = string.Join(" ", Enumerable.Range(1, 7).Select(i => card["s" + i].EffectiveWeight.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(expected, weights);
        Assert.Equal(8.00m, card.Total); // every sibling passes: 8 points in all, none created or lost
    }

    [Theory]
    [InlineData("received_weight: keep_deduction\n", "", "received_weight")]
    [InlineData("", ", shares: largest_remainder", "shares")]
    public void Load_NewKeyInPerfEval1File_ReportsNeeds1_1(string key, string shares, string name)
    {
        var yaml = Header11(10m, key, shares).Replace("format: perfeval/1.1\n", "format: perfeval/1\n", StringComparison.Ordinal) + MoveToBody;

        var error = Assert.Single(Some.Errors(yaml));
        Assert.Equal("PE0106", error.Code);
        Assert.Equal("PE0106.needs-1.1", error.MessageId);
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    // Header11 puts the key on line 2 ("format" is line 1): "received_weight: " is 17 characters, so the value is at column 18.
    [InlineData("received_weight: scaled\n", "", 2, 18)]
    // The rounding line is line 6 (line 7 with nothing added before it); "shares: " starts after "rounding: { decimals: 2, midpoint: away_from_zero, ".
    [InlineData("", ", shares: largest", 6, 60)]
    public void Load_InvalidValue_ReportsPE0105AtTheValue(string key, string shares, int line, int column)
    {
        var error = Assert.Single(Some.Errors(Header11(10m, key, shares) + MoveToBody));
        Assert.Equal("PE0105", error.Code);
        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
    }
}
