using PerfEval.Evaluation;
using PerfEval.Inputs;
using PerfEval.Rules;
using PerfEval.Tests.Support;
using PerfEval.WhatIf;

namespace PerfEval.Tests.WhatIf;

/// <summary>Reach for each scoring method that can be inverted, on a small rule set whose answers are worked out by hand.</summary>
public sealed class ReachMethodTests
{
    private static readonly CompiledRuleSet Rules = Some.Rules(Some.Header() + """
        inputs:
          - { name: rate, type: decimal, min: 0, max: 1 }
          - { name: overdue, type: integer, min: 0 }
          - { name: published, type: boolean }
          - { name: spent, type: decimal, min: 0 }
          - { name: budget, type: decimal, min: 0 }
        metrics:
          - { name: execution, expression: spent / budget }
        indicators:
          - id: banded
            name: 分档
            weight: 20
            bands:
              value: rate
              ranges:
                - { gte: 0, lt: 0.8, points: 0 }
                - { gte: 0.8, lt: 0.9, points: 10 }
                - { gte: 0.9, lte: 1, points: 20 }
          - id: fairness
            name: 扣分
            weight: 20
            deduction: { value: overdue, threshold: 0, direction: above, per: 1, points: 5, counting: whole }
          - id: public
            name: 公开
            weight: 20
            pass_fail: { condition: published }
          - id: execution_rate
            name: 执行率
            weight: 20
            formula: weight * Min(1, execution)
          - id: judged
            name: 评判
            weight: 20
            judgement: { criteria: 评判 }
        """);

    // banded 10 + fairness 20 − 2 × 5 = 10 + public 0 + 20 × 80 / 100 = 16 + judged 15: 51.
    private static readonly InputValues Input = InputValues.CreateBuilder()
        .Set("rate", 0.85m).Set("overdue", 2m).Set("published", false).Set("spent", 80m).Set("budget", 100m)
        .Judge("judged", 15m, "理由")
        .Build();

    private static ReachResult Reach(ReachTarget target) => Rules.Reach(Input, target).GetValueOrThrow();

    private static ProposedChange Best(ReachResult result, string id) => result.Indicators.Single(i => i.Id == id).Best!;

    [Fact]
    public void Reach_Bands_MovesTheValueToTheFullBandsLowerBound()
    {
        var change = Best(Reach(ReachTarget.ForGrade(GradeLevel.Excellent)), "banded");

        Assert.Equal("rate", change.Change.Name);
        Assert.Equal(0.90m, change.Change.After.Number);
        Assert.Equal(10m, change.PointsRecovered);
        Assert.True(change.WithinRange);
    }

    [Fact]
    public void Reach_Deduction_TakesTheCountBackToTheThreshold()
    {
        var change = Best(Reach(ReachTarget.ForGrade(GradeLevel.Excellent)), "fairness");

        Assert.Equal("overdue", change.Change.Name);
        Assert.Equal(0m, change.Change.After.Number);
        Assert.Equal(-2m, change.Change.Delta);
        Assert.Equal(1m, change.Step);
    }

    [Fact]
    public void Reach_PassFail_FlipsTheCondition()
    {
        var change = Best(Reach(ReachTarget.ForGrade(GradeLevel.Excellent)), "public");

        Assert.Equal("published", change.Change.Name);
        Assert.True(change.Change.After.Boolean);
        Assert.Null(change.Change.Delta);
        Assert.Equal(20m, change.PointsRecovered);
    }

    [Fact]
    public void Reach_Formula_FindsTheSmallestValueOnTheStepGrid()
    {
        // 20 × x / 100 reaches 19.995 (20.00 rounded) at x = 99.975: 99.98 gives 19.996, 99.97 gives 19.994 → 19.99.
        // Lowering the budget instead: 20 × 80 / y ≥ 19.995 for y ≤ 80.020005…, so 80.02. Both are 1998 steps; the
        // formula reads spent first.
        var lost = Reach(ReachTarget.ForGrade(GradeLevel.Excellent)).Indicators.Single(i => i.Id == "execution_rate");

        Assert.Equal(new[] { "spent", "budget" }, lost.Options.Select(o => o.Change.Name));
        Assert.Equal(99.98m, lost.Options[0].Change.After.Number);
        Assert.Equal(80.02m, lost.Options[1].Change.After.Number);
        Assert.All(lost.Options, o => Assert.Equal(0.01m, o.Step));
    }

    [Fact]
    public void Reach_Judgement_GivesThePointsNeeded()
    {
        var lost = Reach(ReachTarget.ForGrade(GradeLevel.Excellent)).Indicators.Single(i => i.Id == "judged");

        Assert.True(lost.IsJudgement);
        Assert.Equal(5m, lost.Points);
        var change = Assert.Single(lost.Options);
        Assert.True(change.Change.IsJudgement);
        Assert.Equal(20m, change.Change.After.Number);
        Assert.Equal(5m, change.PointsRecovered);
    }

    [Fact]
    public void Reach_Excellent_ChangesTheFewestIndicatorsThatReach90()
    {
        // 39 points needed of 51: three indicators at least; public 20 + banded 10 + fairness 10 is the only three
        // without a judgement that reach it (91), and each change is already the least (overdue 1 would give 86).
        var plan = Reach(ReachTarget.ForGrade(GradeLevel.Excellent)).Plan!;

        Assert.Equal(new[] { "banded", "fairness", "public" }, plan.Changes.Select(c => c.IndicatorId));
        Assert.Equal(91m, plan.Outcome.After.Total);
        Assert.Equal(GradeLevel.Excellent, plan.Outcome.After.Grade.Level);
    }

    [Fact]
    public void Reach_Total73_TightensTheLastChangeToWhatTheTotalNeeds()
    {
        // 22 needed: public (20) and the execution rate (4) are the pair with no judgement that overshoots least; the
        // rate then needs only 2 points: 20 × x / 100 ≥ 17.995 from x = 89.975, so 89.98 (17.996 → 18.00; 89.97 → 17.99).
        var result = Reach(ReachTarget.ForTotal(73m));
        var plan = result.Plan!;

        Assert.Equal(22m, result.PointsNeeded);
        Assert.Equal(new[] { "public", "execution_rate" }, plan.Changes.Select(c => c.IndicatorId));
        Assert.Equal(89.98m, plan.Changes[1].Change.After.Number);
        Assert.Equal(2m, plan.Changes[1].PointsRecovered);
        Assert.Equal(73m, plan.Outcome.After.Total);
    }

    [Fact]
    public void Reach_TargetAlreadyMet_ProposesNoChange()
    {
        var result = Reach(ReachTarget.ForTotal(50m));

        Assert.True(result.IsReached);
        Assert.Equal(0m, result.PointsNeeded);
        Assert.Empty(result.Plan!.Changes);
        Assert.Equal(5, result.Indicators.Count);
    }

    [Fact]
    public void Reach_TotalAboveThePoints_IsUnreachable()
    {
        var result = Reach(ReachTarget.ForTotal(100.01m));

        Assert.False(result.IsReachable);
        Assert.Null(result.Plan);
    }

    [Fact]
    public void Reach_ValueNeededOutsideTheRange_SaysSoAndIsLeftOutOfThePlan()
    {
        // Full marks need share / 0.6 ≥ 0.99975: share = 0.60, beyond the declared maximum 0.5.
        var rules = Some.Rules(Some.Header() + """
            inputs:
              - { name: share, type: decimal, min: 0, max: 0.5 }
            indicators:
              - { id: capped, name: 占比, weight: 100, formula: "weight * Min(1, share / 0.6)" }
            """);

        var result = rules.Reach(InputValues.CreateBuilder().Set("share", 0.3m).Build(), ReachTarget.ForTotal(100m)).GetValueOrThrow();

        var change = result.Indicators.Single().Best!;
        Assert.Equal(0.60m, change.Change.After.Number);
        Assert.False(change.WithinRange);
        Assert.Equal("[0, 0.5]", change.Range!.ToString());
        Assert.Null(result.Plan);
    }

    [Fact]
    public void Reach_InputReadByTwoIndicators_ShowsTheSideEffect()
    {
        // Spending all the budget wins the rate back but breaks the thrift test (spent ≤ 90).
        var rules = Some.Rules(Some.Header() + """
            inputs:
              - { name: spent, type: decimal, min: 0 }
              - { name: budget, type: decimal, min: 0 }
            indicators:
              - { id: rate, name: 执行率, weight: 50, formula: "weight * Min(1, spent / budget)" }
              - { id: thrift, name: 节约, weight: 50, pass_fail: { condition: spent <= 90 } }
            """);

        var result = rules.Reach(InputValues.CreateBuilder().Set("spent", 80m).Set("budget", 100m).Build(), ReachTarget.ForTotal(100m)).GetValueOrThrow();

        var spending = result.Indicators.Single().Options.Single(o => o.Change.Name == "spent");
        var effect = Assert.Single(spending.SideEffects);
        Assert.Equal("thrift", effect.Id);
        Assert.Equal(-50m, effect.Delta);
        Assert.Equal(-40m, spending.TotalChange);
        Assert.Equal("budget", result.Indicators.Single().Best!.Change.Name); // No side effect: ranked first.
    }

    [Fact]
    public void Reach_GradeTheRuleSetLacks_Throws()
    {
        var rules = Some.Rules("""
            format: perfeval/1
            id: two-grades
            version: 1.0.0
            title: Two grades
            total: 10
            grades:
              - { grade: excellent, label: 优, gte: 9, lte: 10 }
              - { grade: poor, label: 差, gte: 0, lt: 9 }
            inputs:
              - { name: x, type: decimal, min: 0, max: 10 }
            indicators:
              - { id: a, name: 甲, weight: 10, formula: "Min(weight, x)" }
            """);

        var error = Assert.Throws<ArgumentException>(() => rules.Reach(InputValues.CreateBuilder().Set("x", 5m).Build(), ReachTarget.ForGrade(GradeLevel.Good)));

        Assert.Contains("has no grade 'good'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reach_BadInput_ReturnsItsErrors()
    {
        var result = Rules.Reach(InputValues.CreateBuilder().Set("rate", 2m).Build(), ReachTarget.ForTotal(90m));

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, d => d.Code == "PE0404");
    }
}
