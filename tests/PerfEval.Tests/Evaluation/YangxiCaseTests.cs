using PerfEval.Rendering;
using PerfEval.Results;
using PerfEval.Rules;
using PerfEval.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace PerfEval.Tests.Evaluation;

/// <summary>The 2023 Yangxi case (阳西县土地储备和城市更新事务中心): the report self-scores 92.76, grade 优.</summary>
public sealed class YangxiCaseTests
{
    private static readonly Scorecard Card = Some.Yangxi().Score(Some.YangxiInput());

    [Fact]
    public void Score_YangxiSample_Totals9276Excellent()
    {
        Assert.Equal(92.76m, Card.Total);
        Assert.Equal("优", Card.Grade.Label);
        Assert.Equal(GradeLevel.Excellent, Card.Grade.Level);
        Assert.Equal("excellent", Card.Grade.Code);
    }

    [Fact]
    public void Score_YangxiSample_GroupSubtotalsMatchReport()
    {
        // 20 + 32.76 + 40 = 92.76 (report, 三、绩效自评分析).
        Assert.Equal(20.00m, Card["budget_preparation"].Score);
        Assert.Equal(32.76m, Card["budget_execution"].Score);
        Assert.Equal(40.00m, Card["budget_effectiveness"].Score);
    }

    [Fact]
    public void Score_YangxiSample_ExecutionRateScoredOnWeightSeven()
    {
        // Report: 支出完成率96.57%，…指标总分值7分，…自评得分6.76分.
        var rate = Card["budget_execution_rate"];
        Assert.Equal(5.00m, rate.Weight);
        Assert.Equal(7.00m, rate.EffectiveWeight);
        Assert.Equal(6.76m, rate.Score);
        Assert.Equal(IndicatorStatus.Scored, rate.Status);
        Assert.Equal(0.9657m, Math.Round(Card.Metrics.Single(m => m.Name == "execution_rate").Number!.Value, 4));
    }

    [Fact]
    public void Score_YangxiSample_FundAllocationNotAssessedAndTwoPointsMoved()
    {
        var fund = Card["fund_allocation_compliance"];
        Assert.Equal(IndicatorStatus.Redistributed, fund.Status);
        Assert.Equal(0.00m, fund.EffectiveWeight);
        var move = Assert.Single(Card.WeightMoves);
        Assert.Equal(("fund_allocation_compliance", "budget_execution_rate", 2m), (move.From, move.To, move.Points));
    }

    [Fact]
    public void Score_YangxiSample_CarryoverRate343PercentEarnsFullMarks()
    {
        // Report: 95.14 / (643.46 + 547.32 + 1583.84) = 3.43%, 2 points.
        Assert.Equal(0.0343m, Math.Round(Card.Metrics.Single(m => m.Name == "carryover_rate").Number!.Value, 4));
        Assert.Equal(2.00m, Card["carryover_rate"].Score);
    }

    [Fact]
    public void Score_YangxiSample_ProcurementAboveBudgetScoresZero()
    {
        Assert.Equal(0.00m, Card["procurement_execution"].Score);
        Assert.Equal(4.00m, Card["procurement_execution"].PointsLost);
    }

    [Fact]
    public void Score_YangxiSample_JudgementsMatchReport()
    {
        Assert.Equal(3.00m, Card["institutional_management"].Score);
        Assert.Contains("预算绩效管理制度尚未完善", Card["institutional_management"].Explanation!.Reason, StringComparison.Ordinal);
        Assert.Equal(4.00m, Card["asset_compliance"].Score);
        Assert.Equal(20.00m, Card["duty_performance"].Score);
    }

    [Fact]
    public void Score_YangxiSample_WarnsAboutSpendingPartsSlip()
    {
        // 508.24 + 2171.21 = 2679.45, but the report's total is 2679.48: a warning, not an error.
        var warning = Assert.Single(Card.Warnings);
        Assert.Equal("PE0505", warning.Code);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("2679.45", warning.Message, StringComparison.Ordinal);
        Assert.Contains("2679.48", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_YangxiSample_EffectiveWeightsAddUpToTotal()
    {
        Assert.Equal(100m, Card.AllIndicators.Where(i => !i.IsGroup).Sum(i => i.EffectiveWeight));
        Assert.Equal(Card.Total, Card.AllIndicators.Where(i => !i.IsGroup).Sum(i => i.Score));
    }

    [Fact]
    public void Render_YangxiJson_MatchesSnapshot() => Snapshot.Match(JsonRenderer.Render(Card), SnapshotNameExtension.Create("json"));

    [Fact]
    public void Render_YangxiText_MatchesSnapshot() => Snapshot.Match(TextRenderer.Render(Card), SnapshotNameExtension.Create("text"));
}
