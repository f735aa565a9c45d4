using PerfEval.Inputs;
using PerfEval.Rules;
using PerfEval.Tests.Support;
using PerfEval.WhatIf;

namespace PerfEval.Tests.WhatIf;

/// <summary>Reach on the 2023 Yangxi case (92.76, 优): what each lost point would take, worked out by hand.</summary>
public sealed class ReachYangxiTests
{
    private static readonly ReachResult Ninety5 = Some.Yangxi().Reach(Some.YangxiInput(), ReachTarget.ForTotal(95m)).GetValueOrThrow();

    [Fact]
    public void Reach_ExecutionRate_GivesTheSpendingThatScoresSeven()
    {
        // 7 × Min(1, x / 2774.62) rounds to 7.00 from 6.995 up: x ≥ 2774.62 × 6.995 / 7 = 2772.638128…, so on the
        // 0.01 grid x = 2772.64 (7 × 2772.64 / 2774.62 = 6.995005 → 7.00), while 2772.63 gives 6.994980 → 6.99.
        // 2772.64 − 2679.48 = 93.16 万元 more spending.
        var rate = Ninety5.Indicators.Single(i => i.Id == "budget_execution_rate");
        var spending = rate.Options.Single(o => o.Change.Name == "actual_spending");

        Assert.Equal(0.24m, rate.Points);
        Assert.Equal(2679.48m, spending.Change.Before!.Number);
        Assert.Equal(2772.64m, spending.Change.After.Number);
        Assert.Equal(93.16m, spending.Change.Delta);
        Assert.Equal("万元", spending.Change.Unit);
        Assert.True(spending.WithinRange);
        Assert.Equal(0.24m, spending.PointsRecovered);
    }

    [Fact]
    public void Reach_Yangxi_ListsEveryIndicatorThatLostPoints()
    {
        Assert.Equal(new[] { "institutional_management", "budget_execution_rate", "procurement_execution", "asset_compliance" }, Ninety5.Indicators.Select(i => i.Id));
        Assert.Equal(7.24m, Ninety5.Indicators.Sum(i => i.Points));
        Assert.Equal(2.24m, Ninety5.PointsNeeded);
    }

    [Fact]
    public void Reach_Total95_ChangesOneIndicator()
    {
        var plan = Ninety5.Plan!;

        var change = Assert.Single(plan.Changes);
        Assert.Equal("procurement_execution", change.IndicatorId);
        Assert.Equal("procurement_exceeds_budget", change.Change.Name);
        Assert.False(change.Change.After.Boolean);
        Assert.Equal(96.76m, plan.Outcome.After.Total);
    }
}
