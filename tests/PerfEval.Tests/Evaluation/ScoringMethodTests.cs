using System.Globalization;
using PerfEval.Evaluation;
using PerfEval.Rendering;
using PerfEval.Results;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Evaluation;

/// <summary>Each scoring method, on a small rule set of its own; every expected number is worked out in a comment.</summary>
public sealed class ScoringMethodTests
{
    // ---------------------------------------------------------------- formula

    private static readonly CompiledRuleSet RateFormulas = Some.Rules(Some.Header(10m) + """
        inputs:
          - { name: actual, type: decimal, min: 0 }
          - { name: target, type: decimal, min: 0 }
          - { name: spent, type: decimal, min: 0 }
          - { name: budget, type: decimal, min: 0 }
        indicators:
          - id: higher_better
            name: Output against target (higher is better)
            weight: 5
            formula: weight * Min(1, actual / target)
          - id: lower_better
            name: Spending against budget (lower is better)
            weight: 5
            formula: if(spent <= budget, weight, weight * budget / spent)
        """);

    [Theory]
    [InlineData(90, 120, 3.75)] // 5 × 90 / 120 = 5 × 0.75 = 3.75
    [InlineData(120, 120, 5.00)] // 5 × 1 = 5
    [InlineData(150, 120, 5.00)] // 150 / 120 = 1.25, capped: 5 × Min(1, 1.25) = 5
    [InlineData(0, 120, 0.00)] // 5 × 0 = 0
    [InlineData(100, 300, 1.67)] // 5 × 1/3 = 1.666… → 1.67
    public void Formula_HigherIsBetterRate_ScoresShareOfTargetCappedAtWeight(int actual, int target, double expected)
    {
        var card = Some.Score(RateFormulas, b => b.Set("actual", actual).Set("target", target).Set("spent", 1m).Set("budget", 1m));

        Assert.Equal((decimal)expected, card["higher_better"].Score);
        Assert.Equal(IndicatorStatus.Scored, card["higher_better"].Status);
        Assert.Equal("formula", card["higher_better"].Method);
    }

    [Theory]
    [InlineData(80, 100, 5.00)] // under budget: full weight 5
    [InlineData(100, 100, 5.00)] // exactly on budget: full weight 5
    [InlineData(125, 100, 4.00)] // 5 × 100 / 125 = 4
    [InlineData(150, 100, 3.33)] // 5 × 100 / 150 = 3.333… → 3.33
    public void Formula_LowerIsBetterRate_LosesPointsOnlyAboveBudget(int spent, int budget, double expected)
    {
        var card = Some.Score(RateFormulas, b => b.Set("actual", 1m).Set("target", 1m).Set("spent", spent).Set("budget", budget));

        Assert.Equal((decimal)expected, card["lower_better"].Score);
    }

    [Fact]
    public void Formula_YangxiExecutionRate_IsExactDecimal()
    {
        // 5 × 2679.48 / 2774.62 = 5 × 0.96571061983… = 4.82855309916… → 4.83.
        var card = Some.Score(RateFormulas, b => b.Set("actual", 2679.48m).Set("target", 2774.62m).Set("spent", 1m).Set("budget", 1m));

        Assert.Equal(5m * (2679.48m / 2774.62m), card["higher_better"].Explanation!.RawScore);
        Assert.Equal(4.83m, card["higher_better"].Score);
    }

    [Fact]
    public void Formula_IntegerLiterals_DivideAsDecimalNotInteger()
    {
        // weight * 7 / 8 = 4 × 7 / 8 = 28 / 8 = 3.5 (integer division would give 3); 7 / 2 = 3.5 (not 3).
        var rules = Some.Rules(Some.Header(8m) + """
            indicators:
              - { id: scaled, name: Scaled, weight: 4, formula: weight * 7 / 8 }
              - { id: literal, name: Literal, weight: 4, formula: 7 / 2 }
            """);

        var card = Some.Score(rules, _ => { });

        Assert.Equal(3.5m, card["scaled"].Explanation!.RawScore);
        Assert.Equal(3.50m, card["scaled"].Score);
        Assert.Equal(3.5m, card["literal"].Explanation!.RawScore);
        Assert.Equal(7.00m, card.Total);
    }

    [Fact]
    public void Formula_Thirds_KeepDecimalPrecisionNotDouble()
    {
        // decimal: 1 / 3 = 0.3333333333333333333333333333 (28 places) and (1 / 3) × 3 = 0.9999999999999999999999999999,
        // where double would give exactly 1. Both round to 2 places as 0.33 and 1.00.
        var rules = Some.Rules(Some.Header(2m) + """
            indicators:
              - { id: third, name: Third, weight: 1, formula: weight / 3 }
              - { id: back, name: Back, weight: 1, formula: weight / 3 * 3 }
            """);

        var card = Some.Score(rules, _ => { });

        Assert.Equal(0.3333333333333333333333333333m, card["third"].Explanation!.RawScore);
        Assert.Equal(0.33m, card["third"].Score);
        Assert.Equal(0.9999999999999999999999999999m, card["back"].Explanation!.RawScore);
        Assert.Equal(1.00m, card["back"].Score);
    }

    [Fact]
    public void Formula_DecimalFractions_AddExactly()
    {
        // decimal: 0.1 + 0.2 = 0.3 exactly (double gives 0.30000000000000004).
        var rules = Some.Rules(Some.Header(1m) + """
            indicators:
              - { id: sum, name: Sum, weight: 1, formula: 0.1 + 0.2 }
            """);

        var card = Some.Score(rules, _ => { });

        Assert.Equal(0.3m, card["sum"].Explanation!.RawScore);
    }

    [Fact]
    public void Formula_ScoreAboveWeight_IsAnError()
    {
        // actual / target × weight = 6 / 5 × 5 = 6 > 5 (no Min): the formula must cap itself.
        var rules = Some.Rules(Some.Header(5m) + """
            inputs:
              - { name: actual, type: decimal }
              - { name: target, type: decimal }
            indicators:
              - { id: uncapped, name: Uncapped, weight: 5, formula: weight * actual / target }
            """);

        var errors = Some.ScoreErrors(rules, b => b.Set("actual", 6m).Set("target", 5m));

        var error = Assert.Single(errors);
        Assert.Equal(Codes.ScoreOutOfRange, error.Code);
        Assert.Equal("uncapped", error.IndicatorId);
    }

    // ---------------------------------------------------------------- bands

    private static readonly CompiledRuleSet InclusiveBands = Some.Rules(Some.Header(10m) + """
        inputs:
          - { name: rate, type: decimal, min: 0 }
        indicators:
          - id: completion
            name: Completion rate (higher is better)
            weight: 10
            bands:
              value: rate
              ranges:
                - { gte: 0.9, points: 10 }
                - { gte: 0.8, lt: 0.9, points: 8 }
                - { gte: 0.6, lt: 0.8, points: 5 }
                - { lt: 0.6, points: 0 }
        """);

    [Theory]
    [InlineData("0.95", 10)] // [0.9, +∞)
    [InlineData("0.9", 10)] // lower bound 0.9 is inclusive (gte)
    [InlineData("0.8999", 8)] // [0.8, 0.9)
    [InlineData("0.8", 8)] // lower bound 0.8 is inclusive (gte)
    [InlineData("0.7999", 5)] // [0.6, 0.8)
    [InlineData("0.6", 5)] // lower bound 0.6 is inclusive
    [InlineData("0.5999", 0)] // (-∞, 0.6)
    [InlineData("0", 0)]
    public void Bands_InclusiveLowerBounds_ValueAtBoundGoesUp(string rate, int expected)
    {
        var card = Some.Score(InclusiveBands, b => b.Set("rate", decimal.Parse(rate, CultureInfo.InvariantCulture)));

        Assert.Equal(expected, card["completion"].Score);
        Assert.Equal("bands", card["completion"].Method);
    }

    private static readonly CompiledRuleSet ExclusiveBands = Some.Rules(Some.Header(10m) + """
        inputs:
          - { name: rate, type: decimal, min: 0 }
        indicators:
          - id: completion
            name: Completion rate, upper bounds inclusive
            weight: 10
            bands:
              value: rate
              ranges:
                - { gt: 0.9, points: 10 }
                - { gt: 0.8, lte: 0.9, points: 8 }
                - { gt: 0.6, lte: 0.8, points: 5 }
                - { lte: 0.6, points: 0 }
        """);

    [Theory]
    [InlineData("0.9001", 10)] // (0.9, +∞)
    [InlineData("0.9", 8)] // gt 0.9 excludes 0.9; lte 0.9 takes it
    [InlineData("0.8001", 8)] // (0.8, 0.9]
    [InlineData("0.8", 5)] // gt 0.8 excludes 0.8; lte 0.8 takes it
    [InlineData("0.6", 0)] // gt 0.6 excludes 0.6; lte 0.6 takes it
    public void Bands_ExclusiveLowerBounds_ValueAtBoundGoesDown(string rate, int expected)
    {
        var card = Some.Score(ExclusiveBands, b => b.Set("rate", decimal.Parse(rate, CultureInfo.InvariantCulture)));

        Assert.Equal(expected, card["completion"].Score);
    }

    [Fact]
    public void Bands_ValueExactlyOnBound_ExplanationNamesTheBand()
    {
        // 0.8 with gte 0.8 lies in [0.8, 0.9); with gt 0.8 it lies in (0.6, 0.8].
        var inclusive = Some.Score(InclusiveBands, b => b.Set("rate", 0.8m))["completion"];
        var exclusive = Some.Score(ExclusiveBands, b => b.Set("rate", 0.8m))["completion"];

        Assert.Equal(8m, inclusive.Score);
        Assert.Contains("[0.8, 0.9)", ExplanationRenderer.Describe(inclusive), StringComparison.Ordinal);
        Assert.Equal(5m, exclusive.Score);
        Assert.Contains("(0.6, 0.8]", ExplanationRenderer.Describe(exclusive), StringComparison.Ordinal);
    }

    private static readonly CompiledRuleSet CarryoverBands = Some.Rules(Some.Header(2m) + """
        inputs:
          - { name: carried, type: decimal, min: 0 }
          - { name: available, type: decimal, min: 0 }
        indicators:
          - id: carryover
            name: Carry-over rate (lower is better)
            weight: 2
            bands:
              value: carried / available
              ranges:
                - { gte: 0, lte: 0.05, points: 2 }
                - { gt: 0.05, lte: 0.10, points: 1 }
                - { gt: 0.10, points: 0 }
        """);

    [Theory]
    [InlineData(0, 2)] // 0 / 100 = 0: [0, 0.05]
    [InlineData(5, 2)] // 5 / 100 = 0.05: upper bound lte 0.05 is inclusive
    [InlineData(5.01, 1)] // 0.0501: (0.05, 0.10]
    [InlineData(10, 1)] // 0.10: upper bound lte 0.10 is inclusive
    [InlineData(10.01, 0)] // 0.1001: (0.10, +∞)
    [InlineData(95.14, 0)] // 0.9514
    public void Bands_LowerIsBetterRate_ScoresByBand(double carried, int expected)
    {
        var card = Some.Score(CarryoverBands, b => b.Set("carried", (decimal)carried).Set("available", 100m));

        Assert.Equal(expected, card["carryover"].Score);
    }

    [Fact]
    public void Bands_ComputedValueOnBound_IsExactDecimal()
    {
        // 0.7 + 0.1 = 0.8 exactly in decimal (0.7999999999999999 in double), so gte 0.8 holds: 8 points.
        var rules = Some.Rules(Some.Header(10m) + """
            inputs:
              - { name: part_a, type: decimal }
              - { name: part_b, type: decimal }
            indicators:
              - id: completion
                name: Completion
                weight: 10
                bands:
                  value: part_a + part_b
                  ranges:
                    - { gte: 0.8, points: 8 }
                    - { lt: 0.8, points: 0 }
            """);

        var card = Some.Score(rules, b => b.Set("part_a", 0.7m).Set("part_b", 0.1m));

        Assert.Equal(8.00m, card["completion"].Score);
    }

    [Fact]
    public void Bands_ValueInNoBand_IsAnError()
    {
        // 12 / 10 = 1.2 lies outside [0, 1].
        var rules = Some.Rules(Some.Header(3m) + """
            inputs:
              - { name: done, type: decimal }
              - { name: planned, type: decimal }
            indicators:
              - id: share
                name: Share
                weight: 3
                bands:
                  value: done / planned
                  ranges:
                    - { gte: 0, lt: 0.5, points: 0 }
                    - { gte: 0.5, lte: 1, points: 3 }
            """);

        var errors = Some.ScoreErrors(rules, b => b.Set("done", 12m).Set("planned", 10m));

        var error = Assert.Single(errors);
        Assert.Equal(Codes.NoBandMatched, error.Code);
        Assert.Equal("share", error.IndicatorId);
    }

    // ---------------------------------------------------------------- deduction

    private static CompiledRuleSet Deduction(string direction, string threshold, string per, string points, string counting) => Some.Rules(Some.Header(5m) + $$"""
        inputs:
          - { name: measured, type: decimal }
        indicators:
          - id: penalised
            name: Penalised
            weight: 5
            deduction: { value: measured, threshold: {{threshold}}, direction: {{direction}}, per: {{per}}, points: {{points}}, counting: {{counting}} }
        """);

    private static IndicatorScore Deducted(CompiledRuleSet rules, decimal measured) => Some.Score(rules, b => b.Set("measured", measured))["penalised"];

    [Fact]
    public void Deduction_ExactCounting_DeductsFractionalUnits()
    {
        // 2.5 above 0, per 1 → 2.5 units × 1 point = 2.5; 5 − 2.5 = 2.5.
        var score = Deducted(Deduction("above", "0", "1", "1", "exact"), 2.5m);

        Assert.Equal(2.50m, score.Score);
        Assert.Equal("deduction", score.Method);
    }

    [Fact]
    public void Deduction_WholeCounting_DeductsOnlyCompleteUnits()
    {
        // 2.5 above 0, per 1 → Floor(2.5) = 2 units × 1 point = 2; 5 − 2 = 3.
        var score = Deducted(Deduction("above", "0", "1", "1", "whole"), 2.5m);

        Assert.Equal(3.00m, score.Score);
        Assert.Contains("whole unit(s)", ExplanationRenderer.Describe(score), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.925", "exact", 3.75)] // 0.95 − 0.925 = 0.025 → 2.5 units × 0.5 = 1.25; 5 − 1.25 = 3.75
    [InlineData("0.925", "whole", 4.00)] // Floor(2.5) = 2 units × 0.5 = 1; 5 − 1 = 4
    [InlineData("0.92", "whole", 3.50)] // 0.03 / 0.01 = 3 exactly (double: 2.99999… → 2); 3 × 0.5 = 1.5; 5 − 1.5 = 3.5
    [InlineData("0.92", "exact", 3.50)] // 3 units × 0.5 = 1.5; 5 − 1.5 = 3.5
    [InlineData("0.95", "exact", 5.00)] // on the threshold: nothing deducted
    [InlineData("0.99", "exact", 5.00)] // above the threshold, direction below: nothing deducted
    [InlineData("0.5", "exact", 0.00)] // 0.45 / 0.01 = 45 units × 0.5 = 22.5 > 5: floored at 0
    public void Deduction_BelowThresholdPerPercentagePoint_DeductsPerUnit(string rate, string counting, double expected)
    {
        // 0.5 points per percentage point (per 0.01) below 95%.
        var rules = Deduction("below", "0.95", "0.01", "0.5", counting);

        var score = Deducted(rules, decimal.Parse(rate, CultureInfo.InvariantCulture));

        Assert.Equal((decimal)expected, score.Score);
    }

    [Theory]
    [InlineData("0.073", 3.00)] // 0.073 − 0.05 = 0.023 → 2.3 units, whole 2 × 1 = 2; 5 − 2 = 3
    [InlineData("0.05", 5.00)] // on the threshold: nothing deducted
    [InlineData("0.0343", 5.00)] // below the threshold, direction above: nothing deducted
    [InlineData("0.1", 0.00)] // 0.05 / 0.01 = 5 whole units × 1 = 5; 5 − 5 = 0
    public void Deduction_AbovePerPercentagePointWhole_DeductsPerCompletePoint(string rate, double expected)
    {
        var rules = Deduction("above", "0.05", "0.01", "1", "whole");

        var score = Deducted(rules, decimal.Parse(rate, CultureInfo.InvariantCulture));

        Assert.Equal((decimal)expected, score.Score);
    }

    [Fact]
    public void Deduction_DeductionBeyondWeight_IsFlooredAtZero()
    {
        // 8 above 0 → 8 units × 1 = 8 > weight 5: max(0, 5 − 8) = 0.
        var score = Deducted(Deduction("above", "0", "1", "1", "whole"), 8m);

        Assert.Equal(0.00m, score.Score);
        Assert.Equal(0m, score.Explanation!.RawScore);
        Assert.Equal(5.00m, score.PointsLost);
        Assert.Contains("floored at 0", ExplanationRenderer.Describe(score), StringComparison.Ordinal);
    }

    private static readonly CompiledRuleSet Petitions = Some.Rules(Some.Header(5m) + """
        inputs:
          - { name: petitions_overdue, type: integer, min: 0 }
        indicators:
          - id: fairness
            name: Fairness
            weight: 5
            deduction: { value: petitions_overdue, threshold: 0, direction: above, per: 1, points: 1, counting: whole }
        """);

    [Theory]
    [InlineData(0, 5)] // none late: 5
    [InlineData(1, 4)] // 5 − 1 × 1
    [InlineData(3, 2)] // 5 − 3 × 1
    [InlineData(5, 0)] // 5 − 5 × 1
    [InlineData(6, 0)] // 5 − 6 < 0: floored at 0
    public void Deduction_PerViolation_DeductsOnePointEach(int overdue, int expected)
    {
        var card = Some.Score(Petitions, b => b.Set("petitions_overdue", overdue));

        Assert.Equal(expected, card["fairness"].Score);
    }

    // ---------------------------------------------------------------- checklist

    private static readonly CompiledRuleSet Checklist = Some.Rules(Some.Header(5m) + """
        inputs:
          - { name: budget_disclosed, type: boolean }
          - { name: accounts_disclosed, type: boolean }
          - { name: spent, type: decimal }
          - { name: budget, type: decimal }
        indicators:
          - id: disclosure
            name: Disclosure and spending
            weight: 5
            checklist:
              criteria:
                - { id: within_budget, name: Spent within budget, met: spent <= budget, points: 2 }
                - { id: budget, name: Budget published, met: budget_disclosed, points: 1.5 }
                - { id: accounts, name: Accounts published, met: accounts_disclosed, points: 1.5 }
        """);

    [Theory]
    [InlineData(false, false, false, 0)] // none met: 0
    [InlineData(true, true, true, 5)] // all met: 2 + 1.5 + 1.5 = 5
    [InlineData(true, false, false, 2)] // within budget only: 2
    [InlineData(false, true, true, 3)] // both published only: 1.5 + 1.5 = 3
    [InlineData(true, true, false, 3.5)] // 2 + 1.5 = 3.5
    public void Checklist_CriteriaMet_ScoreIsSumOfTheirPoints(bool withinBudget, bool budget, bool accounts, double expected)
    {
        var card = Some.Score(Checklist, b => b
            .Set("spent", withinBudget ? 90m : 110m)
            .Set("budget", 100m)
            .Set("budget_disclosed", budget)
            .Set("accounts_disclosed", accounts));

        Assert.Equal((decimal)expected, card["disclosure"].Score);
        Assert.Equal("checklist", card["disclosure"].Method);
    }

    [Fact]
    public void Checklist_SomeMet_ExplanationMarksEachCriterion()
    {
        var score = Some.Score(Checklist, b => b.Set("spent", 110m).Set("budget", 100m).Set("budget_disclosed", true).Set("accounts_disclosed", false))["disclosure"];

        Assert.Equal(1.50m, score.Score);
        Assert.Equal("✗ Spent within budget (0/2); ✓ Budget published (1.5/1.5); ✗ Accounts published (0/1.5)", ExplanationRenderer.Describe(score));
    }

    // ---------------------------------------------------------------- pass_fail

    private static readonly CompiledRuleSet PassFail = Some.Rules(Some.Header(4m) + """
        inputs:
          - { name: exceeds_budget, type: boolean }
        indicators:
          - id: procurement
            name: Procurement within budget
            weight: 4
            pass_fail: { condition: not exceeds_budget }
        """);

    [Fact]
    public void PassFail_ConditionTrue_ScoresFullWeight()
    {
        var score = Some.Score(PassFail, b => b.Set("exceeds_budget", false))["procurement"];

        Assert.Equal(4.00m, score.Score);
        Assert.Equal(0.00m, score.PointsLost);
        Assert.Equal("pass_fail", score.Method);
    }

    [Fact]
    public void PassFail_ConditionFalse_ScoresZero()
    {
        var score = Some.Score(PassFail, b => b.Set("exceeds_budget", true))["procurement"];

        Assert.Equal(0.00m, score.Score);
        Assert.Equal(4.00m, score.PointsLost);
        Assert.Equal("condition not met: no points", ExplanationRenderer.Describe(score));
    }

    // ---------------------------------------------------------------- judgement

    private static readonly CompiledRuleSet Judged = Some.Rules(Some.Header(10m) + """
        indicators:
          - id: management
            name: Institutional management
            weight: 5
            judgement: { criteria: Rules are written down and followed }
          - id: bare
            name: Judged on criteria stated elsewhere
            weight: 5
            judgement: { note: criteria in the evaluation manual }
        """);

    [Fact]
    public void Judgement_ScoreAndReason_CarriedIntoScorecard()
    {
        var card = Some.Score(Judged, b => b
            .Judge("management", 3.5m, "Performance rules not yet complete")
            .Judge("bare", 5m, "All done"));

        Assert.Equal(3.50m, card["management"].Score);
        Assert.Equal("Performance rules not yet complete", card["management"].Explanation!.Reason);
        Assert.Equal("judgement", card["management"].Method);
        Assert.Equal(5.00m, card["bare"].Score);
        Assert.Equal("All done", card["bare"].Explanation!.Reason);
        Assert.Equal(8.50m, card.Total); // 3.5 + 5
    }

    [Fact]
    public void Judgement_EmptyBody_LoadsAndScores()
    {
        // RuleSetReader.ReadMethodBody accepts a null 'judgement' scalar, but MapReader.Node returns null for it first.
        var rules = Some.Rules(Some.Header(5m) + """
            indicators:
              - id: bare
                name: Judged without stated criteria
                weight: 5
                judgement:
            """);

        var score = Some.Score(rules, b => b.Judge("bare", 4m, "Mostly done"))["bare"];

        Assert.Equal(4.00m, score.Score);
        Assert.Equal("Mostly done", score.Explanation!.Reason);
    }

    [Fact]
    public void Judgement_ScoreAboveWeight_IsAnError()
    {
        var errors = Some.ScoreErrors(Judged, b => b.Judge("management", 6m, "Too generous").Judge("bare", 5m, "All done"));

        var error = Assert.Single(errors);
        Assert.Equal(Codes.JudgementOutOfRange, error.Code);
        Assert.Equal("management", error.IndicatorId);
    }

    [Fact]
    public void Judgement_BlankReason_IsAnError()
    {
        var errors = Some.ScoreErrors(Judged, b => b.Judge("management", 4m, "  ").Judge("bare", 5m, "All done"));

        Assert.Equal(Codes.JudgementWithoutReason, Assert.Single(errors).Code);
    }

    [Fact]
    public void Judgement_Missing_IsAnError()
    {
        var errors = Some.ScoreErrors(Judged, b => b.Judge("bare", 5m, "All done"));

        var error = Assert.Single(errors);
        Assert.Equal(Codes.MissingJudgement, error.Code);
        Assert.Equal("management", error.IndicatorId);
    }

    // ---------------------------------------------------------------- alternatives

    private static readonly CompiledRuleSet Alternatives = Some.Rules(Some.Header(4m) + """
        inputs:
          - { name: has_target, type: boolean }
          - { name: actual, type: decimal, min: 0 }
          - { name: target, type: decimal, min: 0 }
        indicators:
          - id: completion
            name: Completion
            weight: 4
            alternatives:
              - name: against target
                when: has_target
                formula: weight * Min(1, actual / target)
              - name: some output
                when: actual > 0
                formula: weight / 2
              - name: nothing
                pass_fail: { condition: has_target }
        """);

    [Fact]
    public void Alternatives_FirstConditionHolds_FirstOptionChosenEvenIfLaterHoldToo()
    {
        // has_target and actual > 0 both hold; the first wins: 4 × Min(1, 3 / 4) = 3.
        var score = Some.Score(Alternatives, b => b.Set("has_target", true).Set("actual", 3m).Set("target", 4m))["completion"];

        Assert.Equal(3.00m, score.Score);
        Assert.Equal("alternatives", score.Method);
        Assert.Equal("weight * Min(1, actual / target)", score.Explanation!.Formula);
        Assert.StartsWith("against target (formula, when has_target)", ExplanationRenderer.Describe(score), StringComparison.Ordinal);
    }

    [Fact]
    public void Alternatives_FirstConditionFails_NextMatchingOptionChosen()
    {
        // has_target is false (so target = 0 is never divided by); actual > 0: 4 / 2 = 2.
        var score = Some.Score(Alternatives, b => b.Set("has_target", false).Set("actual", 5m).Set("target", 0m))["completion"];

        Assert.Equal(2.00m, score.Score);
        Assert.StartsWith("some output (formula, when actual > 0)", ExplanationRenderer.Describe(score), StringComparison.Ordinal);
    }

    [Fact]
    public void Alternatives_NoConditionHolds_UnconditionalLastOptionChosen()
    {
        // Neither has_target nor actual > 0: the last option, pass_fail on has_target = false, gives 0.
        var score = Some.Score(Alternatives, b => b.Set("has_target", false).Set("actual", 0m).Set("target", 0m))["completion"];

        Assert.Equal(0.00m, score.Score);
        Assert.Equal("nothing (pass_fail, otherwise): condition not met: no points", ExplanationRenderer.Describe(score));
    }

    [Fact]
    public void Alternatives_NoOptionApplies_IsAnError()
    {
        var rules = Some.Rules(Some.Header(4m) + """
            inputs:
              - { name: has_target, type: boolean }
              - { name: actual, type: decimal }
            indicators:
              - id: completion
                name: Completion
                weight: 4
                alternatives:
                  - { when: has_target, pass_fail: { condition: actual > 0 } }
                  - { when: actual > 10, formula: weight }
            """);

        var errors = Some.ScoreErrors(rules, b => b.Set("has_target", false).Set("actual", 5m));

        var error = Assert.Single(errors);
        Assert.Equal(Codes.NoAlternativeMatched, error.Code);
        Assert.Equal("completion", error.IndicatorId);
    }

    [Fact]
    public void Alternatives_JudgementOption_CarriesReason()
    {
        var rules = Some.Rules(Some.Header(4m) + """
            inputs:
              - { name: measurable, type: boolean }
            indicators:
              - id: completion
                name: Completion
                weight: 4
                alternatives:
                  - { name: measured, when: measurable, pass_fail: { condition: measurable } }
                  - { name: judged, judgement: { criteria: Work finished on time } }
            """);

        var score = Some.Score(rules, b => b.Set("measurable", false).Judge("completion", 2.5m, "Half the projects late"))["completion"];

        Assert.Equal(2.50m, score.Score);
        Assert.Equal("Half the projects late", score.Explanation!.Reason);
        Assert.StartsWith("judged (judgement, otherwise)", ExplanationRenderer.Describe(score), StringComparison.Ordinal);
    }
}
