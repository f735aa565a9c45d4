using PerfEval.Inputs;
using PerfEval.Loading;
using PerfEval.Tests.Support;
using PerfEval.WhatIf;

namespace PerfEval.Tests.WhatIf;

/// <summary>Reach on a project form (项目支出绩效自评), whose output and benefit indicators are scored from the input's rows.</summary>
public sealed class ReachProjectTests
{
    [Fact]
    public void Reach_ProjectWithLowExecution_KeepsTheRowsAndGivesTheFiguresThatScoreFullMarks()
    {
        var rules = RuleSetLoader.LoadFile(Repo.Rules("project-national-2024.yaml")).GetValueOrThrow();
        var input = JsonInputReader.ReadFile(Repo.Samples("project-national-2024.low-execution.json")).GetValueOrThrow();

        var reach = rules.Reach(input, ReachTarget.ForTotal(100m)).GetValueOrThrow();

        // 10 × Min(1, 103.56 / 120) = 8.63, 1.37 lost. 10 × x / 120 rounds to 10.00 from 9.995: x ≥ 120 × 0.9995 =
        // 119.94 (119.93 gives 9.9942 → 9.99). Or 10 × 103.56 / b ≥ 9.995: b ≤ 103.6118…, so 103.61 on the 0.01 grid.
        var execution = reach.Indicators.Single(i => i.Id == "budget_execution");
        Assert.Equal(1.37m, execution.Points);
        Assert.Equal(new[] { ("executed", 119.94m), ("annual_budget", 103.61m) }, execution.Options.Select(o => (o.Change.Name, o.Change.After.Number)));
        Assert.All(execution.Options, o => Assert.Equal(1.37m, o.PointsRecovered));

        // The rows' indicators are scored as the evaluation scores them: no single input wins their points back.
        Assert.Equal(rules.Score(input).Total, reach.Before.Total);
        Assert.All(reach.Indicators.Where(i => i.Id != "budget_execution"), i => Assert.Empty(i.Options));
    }
}
