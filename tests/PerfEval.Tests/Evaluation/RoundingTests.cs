using System.Globalization;
using PerfEval.Evaluation;
using PerfEval.Loading;
using PerfEval.Results;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Evaluation;

/// <summary>
/// Rounding: each indicator's score is rounded by the rule set (decimals, midpoint) after any scaling by a fallback,
/// carries exactly the configured number of decimals, and the total is the sum of the rounded scores.
/// </summary>
public sealed class RoundingTests
{
    /// <summary>One leaf of weight 5 scoring weight × rate, so the raw score is 5 × rate exactly.</summary>
    private static CompiledRuleSet Rate(int decimals, string midpoint) => Some.Rules(Some.Header(5m, decimals, midpoint) + """
        inputs:
          - { name: rate, type: decimal, min: 0, max: 1 }
        indicators:
          - { id: rated, name: Rated, weight: 5, formula: weight * rate }
        """);

    private static IndicatorScore Rated(int decimals, string midpoint, string rate)
        => Some.Score(Rate(decimals, midpoint), b => b.Set("rate", decimal.Parse(rate, CultureInfo.InvariantCulture)))["rated"];

    [Theory]
    [InlineData("away_from_zero", "0.469", "2.35")] // 5 × 0.469 = 2.345: half away from zero → 2.35
    [InlineData("to_even", "0.469", "2.34")] // 2.345: half to the even digit 4 → 2.34
    [InlineData("away_from_zero", "0.471", "2.36")] // 5 × 0.471 = 2.355 → 2.36
    [InlineData("to_even", "0.471", "2.36")] // 2.355: the even digit is 6 → 2.36
    [InlineData("away_from_zero", "0.467", "2.34")] // 5 × 0.467 = 2.335 → 2.34
    [InlineData("to_even", "0.467", "2.34")] // 2.335: the even digit is 4 → 2.34
    [InlineData("to_even", "0.4691", "2.35")] // 5 × 0.4691 = 2.3455: not a midpoint → 2.35 either way
    public void Score_Midpoint_RoundsByRuleSetMode(string midpoint, string rate, string expected)
    {
        var score = Rated(2, midpoint, rate);

        Assert.Equal(expected, score.Score.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(0, "away_from_zero", "0.5", "3")] // 5 × 0.5 = 2.5 → 3
    [InlineData(0, "to_even", "0.5", "2")] // 2.5 → 2
    [InlineData(0, "away_from_zero", "0.469", "2")] // 2.345 → 2
    [InlineData(1, "away_from_zero", "0.49", "2.5")] // 5 × 0.49 = 2.45 → 2.5
    [InlineData(1, "to_even", "0.49", "2.4")] // 2.45 → 2.4
    [InlineData(1, "away_from_zero", "0.469", "2.3")] // 2.345 → 2.3 (0.045 is below the midpoint 0.05)
    [InlineData(2, "away_from_zero", "0.469", "2.35")] // 2.345 → 2.35
    [InlineData(3, "away_from_zero", "0.469", "2.345")] // 2.345 kept
    public void Score_Decimals_RoundsToConfiguredPlaces(int decimals, string midpoint, string rate, string expected)
    {
        var score = Rated(decimals, midpoint, rate);

        Assert.Equal(expected, score.Score.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(decimal.Parse(rate, CultureInfo.InvariantCulture) * 5m, score.Explanation!.RawScore); // the raw score is not rounded
    }

    private static CompiledRuleSet Judged(int decimals) => Some.Rules(Some.Header(10m, decimals) + """
        indicators:
          - { id: judged, name: Judged, weight: 5, judgement: { criteria: Good } }
          - { id: missed, name: Missed, weight: 5, judgement: { criteria: Good } }
        """);

    [Theory]
    [InlineData(0, "4", "5", "1", "0", "4")]
    [InlineData(1, "4.0", "5.0", "1.0", "0.0", "4.0")]
    [InlineData(2, "4.00", "5.00", "1.00", "0.00", "4.00")]
    [InlineData(4, "4.0000", "5.0000", "1.0000", "0.0000", "4.0000")]
    public void Score_WholeNumber_CarriesConfiguredScale(int decimals, string score, string weight, string lost, string zero, string total)
    {
        // Judged 4 of 5 and 0 of 5: every figure prints with exactly `decimals` places.
        var card = Some.Score(Judged(decimals), b => b.Judge("judged", 4m, "Good").Judge("missed", 0m, "Missed"));

        var judged = card["judged"];
        Assert.Equal(score, judged.Score.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(weight, judged.Weight.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(weight, judged.EffectiveWeight.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(lost, judged.PointsLost.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(zero, card["missed"].Score.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(total, card.Total.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(decimals, card.Decimals);
    }

    [Fact]
    public void Score_RawWithLongScale_CarriesConfiguredScale()
    {
        // 5 × 0.70000 = 3.500000 (scale 6) → "3.50"; 5 × 1/3 → 1.6666… (28 digits) → "1.67".
        Assert.Equal("3.50", Rated(2, "away_from_zero", "0.70000").Score.ToString(CultureInfo.InvariantCulture));
        var rules = Some.Rules(Some.Header(5m) + """
            indicators:
              - { id: third, name: Third, weight: 5, formula: weight / 3 }
            """);
        Assert.Equal("1.67", Some.Score(rules, _ => { })["third"].Score.ToString(CultureInfo.InvariantCulture));
    }

    // ---------------------------------------------------------------- the total is the sum of the rounded scores

    [Fact]
    public void Total_ThreeThirds_IsSumOfRoundedNotRoundedSum()
    {
        // Each 1 / 3 = 0.333… → 0.33; 0.33 × 3 = 0.99, whereas the raw sum 1.0 would round to 1.00.
        var rules = Some.Rules(Some.Header(3m) + """
            indicators:
              - { id: x, name: X, weight: 1, formula: weight / 3 }
              - { id: y, name: Y, weight: 1, formula: weight / 3 }
              - { id: z, name: Z, weight: 1, formula: weight / 3 }
            """);

        var card = Some.Score(rules, _ => { });

        Assert.Equal(0.99m, card.Total);
        Assert.Equal("0.99", card.Total.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(1.00m, Math.Round(card.AllIndicators.Sum(i => i.Explanation!.RawScore!.Value), 2, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Total_MidpointsInAGroup_IsSumOfRoundedNotRoundedSum()
    {
        // x, y, z each 1 × 0.335 = 0.335 → 0.34 (away from zero); group and total 0.34 × 3 = 1.02,
        // whereas rounding the raw sum 1.005 would give 1.01.
        var rules = Some.Rules(Some.Header(3m) + """
            inputs:
              - { name: rate, type: decimal, min: 0, max: 1 }
            indicators:
              - id: g
                name: G
                weight: 3
                children:
                  - { id: x, name: X, weight: 1, formula: weight * rate }
                  - { id: y, name: Y, weight: 1, formula: weight * rate }
                  - { id: z, name: Z, weight: 1, formula: weight * rate }
            """);

        var card = Some.Score(rules, b => b.Set("rate", 0.335m));

        Assert.Equal(0.34m, card["x"].Score);
        Assert.Equal(1.02m, card["g"].Score);
        Assert.Equal(1.02m, card.Total);
        Assert.NotEqual(Math.Round(3m * 0.335m, 2, MidpointRounding.AwayFromZero), card.Total); // 1.01
    }

    // ---------------------------------------------------------------- scaling by a fallback, then rounding

    private static CompiledRuleSet Receiving(string midpoint) => Some.Rules(Some.Header(3m, 2, midpoint) + """
        inputs:
          - { name: applies, type: boolean }
          - { name: rate, type: decimal, min: 0, max: 1 }
        indicators:
          - { id: source, name: Source, weight: 2, formula: weight * rate, applies_when: applies, fallback: { kind: move_to, target: receiver } }
          - { id: receiver, name: Receiver, weight: 1, formula: weight * rate }
        """);

    [Theory]
    [InlineData("away_from_zero", 1.01)] // 1 × 0.335 × 3 / 1 = 1.005 → 1.01 (rounding first: 0.34 × 3 = 1.02)
    [InlineData("to_even", 1.00)] // 1.005 → 1.00 (rounding first: 0.34 × 3 = 1.02)
    public void Score_ScaledByFallback_RoundsAfterScaling(string midpoint, double expected)
    {
        var card = Some.Score(Receiving(midpoint), b => b.Set("applies", false).Set("rate", 0.335m));

        var receiver = card["receiver"];
        Assert.Equal(0.335m, receiver.Explanation!.RawScore);
        Assert.Equal(3.00m, receiver.EffectiveWeight);
        Assert.Equal((decimal)expected, receiver.Score);
        Assert.Equal((decimal)expected, card.Total);
    }

    [Fact]
    public void Score_YangxiExecutionRate_ScaledThenRounded()
    {
        // Effective weight 5 + 2 = 7: 5 × (2679.48 / 2774.62) × 7 / 5 = 5 × 0.96571061983… × 1.4 = 6.75997… → 6.76.
        var rules = Some.Rules(Some.Header(7m) + """
            inputs:
              - { name: has_transfers, type: boolean }
              - { name: actual, type: decimal, min: 0 }
              - { name: issued, type: decimal, min: 0 }
            indicators:
              - { id: allocation, name: Allocation, weight: 2, pass_fail: { condition: has_transfers }, applies_when: has_transfers, fallback: { kind: move_to, target: execution } }
              - { id: execution, name: Execution, weight: 5, formula: "weight * Min(1, actual / issued)" }
            """);

        var card = Some.Score(rules, b => b.Set("has_transfers", false).Set("actual", 2679.48m).Set("issued", 2774.62m));

        var execution = card["execution"];
        Assert.Equal(5m * (2679.48m / 2774.62m), execution.Explanation!.RawScore);
        Assert.Equal(6.76m, execution.Score);
        Assert.Equal("6.76", execution.Score.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(6.76m, card.Total);
    }

    [Theory]
    [InlineData("away_from_zero", "2.35")]
    [InlineData("to_even", "2.34")]
    public void Formula_RoundFunction_UsesRuleSetMidpoint(string midpoint, string expected)
    {
        // Round(5 × 0.469, 2) = Round(2.345, 2): the formula's Round follows the rule set's midpoint rule.
        var rules = Some.Rules(Some.Header(5m, 2, midpoint) + """
            inputs:
              - { name: rate, type: decimal }
            indicators:
              - { id: rated, name: Rated, weight: 5, formula: "Round(weight * rate, 2)" }
            """);

        var score = Some.Score(rules, b => b.Set("rate", 0.469m))["rated"];

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), score.Explanation!.RawScore);
        Assert.Equal(expected, score.Score.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("away_from_zero")] // today: 2.5 → 3 each, total 6 of 5
    [InlineData("to_even")] // today: 2.5 → 2 each, total 4 of 5
    public void Rules_WeightsFinerThanDecimals_RejectedOrFullMarksMakeTheTotal(string midpoint)
    {
        // Either the rule set is rejected (weights need more places than 'decimals' keeps), or full marks must add up
        // to exactly the total points with weights that add up too.
        var yaml = Some.Header(5m, 0, midpoint) + """
            inputs:
              - { name: ok, type: boolean }
            indicators:
              - { id: x, name: X, weight: 2.5, pass_fail: { condition: ok } }
              - { id: y, name: Y, weight: 2.5, pass_fail: { condition: ok } }
            """;
        var loaded = RuleSetLoader.Load(yaml, "test.yaml");
        if (!loaded.IsSuccess)
        {
            return;
        }

        var card = Some.Score(loaded.Value!, b => b.Set("ok", true));

        Assert.Equal(5m, card.Total);
        Assert.Equal(5m, card.AllIndicators.Where(i => !i.IsGroup).Sum(i => i.EffectiveWeight));
    }
}
