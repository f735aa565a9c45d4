using PerfEval.Evaluation;
using PerfEval.Inputs;
using PerfEval.Loading;
using PerfEval.Rendering;
using PerfEval.Results;
using PerfEval.Rules;
using PerfEval.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace PerfEval.Tests.Evaluation;

/// <summary>
/// The Dazhou 2023 rule set (three levels, every scoring method) on its constructed sample, 达州市某局（示例）.
/// Every expected value below is worked out by hand from samples/dazhou-2023.json and the assumed rules in
/// rules/dazhou-2023.yaml; the arithmetic is written beside each assert. Hand total: 81.08, grade 良.
/// </summary>
public sealed class DazhouCaseTests
{
    private static readonly CompiledRuleSet Rules = RuleSetLoader.LoadFile(Repo.Rules("dazhou-2023.yaml")).GetValueOrThrow();

    private static readonly InputValues Sample = Some.Sample("dazhou-2023.json");

    private static readonly Scorecard Card = Rules.Score(Sample);

    [Fact]
    public void Load_DazhouRules_HasThreeLevelsAndEighteenLeaves()
    {
        // 部门决策 → 目标任务 → 相关性 / 明确性 / 合理性; 综合管理 → 信息公开 → 预算公开 / 决算公开 / 绩效信息公开.
        Assert.Equal(new[] { "decision", "management", "performance" }, Card.Indicators.Select(i => i.Id));
        Assert.Equal(3, Card["relevance"].Level);
        Assert.Equal(3, Card["performance_disclosure"].Level);
        Assert.Equal(2, Card["special_fund_allocation"].Level);
        Assert.Equal(3, Card.AllIndicators.Max(i => i.Level));

        // 3 + 2 + 7 + 3 + 3 = 18 leaves: 目标任务 3, 预算编制 2, 综合管理 7 direct leaves, 信息公开 3, 部门绩效情况 3.
        Assert.Equal(18, Card.AllIndicators.Count(i => !i.IsGroup));
    }

    [Fact]
    public void Score_DazhouSample_Totals8108Good()
    {
        // 22.10 + 20.48 + 38.50 = 81.08; 80 ≤ 81.08 < 90 → 良 (assumed Ministry of Finance convention).
        Assert.Equal(81.08m, Card.Total);
        Assert.Equal("良", Card.Grade.Label);
        Assert.Equal(GradeLevel.Good, Card.Grade.Level);
        Assert.Equal("good", Card.Grade.Code);
    }

    [Fact]
    public void Score_DazhouSample_GroupSubtotalsAddUp()
    {
        Assert.Equal(13.50m, Card["target_tasks"].Score); // 相关性 5 + 明确性 4 + 合理性 4.5 = 13.5
        Assert.Equal(8.60m, Card["budgeting"].Score); // 测算依据 4 + 目标管理 4.6 = 8.6
        Assert.Equal(22.10m, Card["decision"].Score); // 13.5 + 8.6 = 22.1

        Assert.Equal(4.00m, Card["disclosure"].Score); // 预算公开 2 + 决算公开 1 + 绩效信息公开 1 = 4
        Assert.Equal(20.48m, Card["management"].Score); // 0 + 1.5 + 4 + 1.15 + 4 + 1.5 + 4 + 4.33 = 20.48

        Assert.Equal(38.50m, Card["performance"].Score); // 履职成效 17.5 + 可持续发展能力 13 + 满意度 8 = 38.5

        // Every weight is assessed where declared: nothing moved, effective weights = weights.
        Assert.Empty(Card.WeightMoves);
        Assert.All(Card.AllIndicators, i => Assert.Equal(i.Weight, i.EffectiveWeight));
        Assert.Equal(100m, Card.AllIndicators.Where(i => !i.IsGroup).Sum(i => i.EffectiveWeight));
        Assert.Equal(Card.Total, Card.AllIndicators.Where(i => !i.IsGroup).Sum(i => i.Score));
    }

    [Fact]
    public void Score_DazhouSample_JudgementLeavesTakeTheSampleScores()
    {
        Assert.Equal(5.00m, Card["relevance"].Score); // judgement 5 of 5
        Assert.Equal(4.00m, Card["clarity"].Score); // judgement 4 of 5
        Assert.Equal(4.50m, Card["reasonableness"].Score); // judgement 4.5 of 5
        Assert.Equal(17.50m, Card["duty_outcomes"].Score); // judgement 17.5 of 20
        Assert.Contains("成本指标和效益指标偏少", Card["clarity"].Explanation!.Reason, StringComparison.Ordinal);
        Assert.All(new[] { "relevance", "clarity", "reasonableness", "duty_outcomes" }, id => Assert.Equal("judgement", Card[id].Method));
    }

    [Fact]
    public void Score_DazhouSample_EstimationBasisAdjustmentRateInSecondBand()
    {
        // 预算调整率 |3105.12 − 2860.00| / 2860.00 = 245.12 / 2860 = 0.085706… (lower is better): 0.05 < 0.0857 ≤ 0.10 → 4 points.
        Assert.Equal(0.0857m, Math.Round(Metric("budget_adjustment_rate"), 4));
        Assert.Equal(4.00m, Card["estimation_basis"].Score);
        Assert.Equal("bands", Card["estimation_basis"].Method);
    }

    [Fact]
    public void Score_DazhouSample_TargetManagementFormulaOnCoverage()
    {
        // 绩效目标编报率 23 / 25 = 0.92 → 5 × Min(1, 0.92) = 4.6.
        Assert.Equal(0.92m, Metric("target_coverage"));
        Assert.Equal(4.60m, Card["target_management"].Score);
    }

    [Fact]
    public void Score_DazhouSample_SpecialFundsLateScoresZero()
    {
        // has_special_funds = true, so assessed; special_funds_allocated_on_time = false → pass_fail 0 of 2.
        var leaf = Card["special_fund_allocation"];
        Assert.Equal(IndicatorStatus.Scored, leaf.Status);
        Assert.Equal(0.00m, leaf.Score);
        Assert.Equal(2.00m, leaf.PointsLost);
    }

    [Fact]
    public void Score_DazhouSample_MidtermReviewCityOptionDeductsHalfPerUnrectifiedIssue()
    {
        // in_city_midterm_review = true → option 市级组织中期评估: 1 unrectified issue × 0.5 = 0.5 deducted → 2 − 0.5 = 1.5.
        var leaf = Card["midterm_review"];
        Assert.Equal(1.50m, leaf.Score);
        Assert.Equal("alternatives", leaf.Method);
        Assert.StartsWith("市级组织中期评估 (deduction", ExplanationRenderer.Describe(leaf), StringComparison.Ordinal);
    }

    [Fact]
    public void Score_DazhouSample_MonitoringChecklistMissesJuneProgress()
    {
        // 6月末 1453.20 / 3105.12 = 0.4680 < 0.5 ✗ (0 of 1); 9月末 2402.00 / 3105.12 = 0.7736 ≥ 0.75 ✓ (1);
        // monitoring report submitted ✓ (3) → 0 + 1 + 3 = 4.
        Assert.Equal(0.4680m, Math.Round(Metric("june_execution_rate"), 4));
        Assert.Equal(0.7736m, Math.Round(Metric("september_execution_rate"), 4));
        Assert.Equal(4.00m, Card["performance_monitoring"].Score);
    }

    [Fact]
    public void Score_DazhouSample_NonTaxRevenueDeductsHalfPerPercentagePoint()
    {
        // 执收率 245.75 / 250.00 = 98.3%: 100 − 98.3 = 1.7 points below → 1.7 × 0.5 = 0.85 deducted → 2 − 0.85 = 1.15.
        Assert.Equal(1.15m, Card["non_tax_revenue"].Score);
        Assert.Equal(IndicatorStatus.Scored, Card["non_tax_revenue"].Status);
    }

    [Fact]
    public void Score_DazhouSample_AssetFindingsDeductOnePointEach()
    {
        // 2 findings × 1 point = 2 deducted → 6 − 2 = 4.
        Assert.Equal(4.00m, Card["asset_management"].Score);
    }

    [Fact]
    public void Score_DazhouSample_InternalControlDeductsHalfPerMissingControl()
    {
        // 6 required − 5 established = 1 missing × 0.5 = 0.5 deducted → 2 − 0.5 = 1.5.
        Assert.Equal(1.50m, Card["internal_control"].Score);
    }

    [Fact]
    public void Score_DazhouSample_DisclosureLeaves()
    {
        // 预算公开: 15 days ≤ 20 ✓ (1) + content complete ✓ (1) = 2.
        Assert.Equal(2.00m, Card["budget_disclosure"].Score);

        // 决算公开: 27 − 20 = 7 days late; 7 / 5 = 1.4 → 1 whole step × 1 = 1 deducted → 2 − 1 = 1.
        Assert.Equal(1.00m, Card["final_accounts_disclosure"].Score);

        // 绩效信息公开: targets disclosed ✓ (1) + self-evaluation results disclosed ✗ (0) = 1.
        Assert.Equal(1.00m, Card["performance_disclosure"].Score);
    }

    [Fact]
    public void Score_DazhouSample_PerformanceEvaluationFormulaRoundsToTwoDecimals()
    {
        // 自评覆盖率 25 / 25 = 1; 整改率 7 / 9 = 0.7777… → 2 × 1 + 3 × 0.7777… = 2 + 2.3333… = 4.3333… → 4.33.
        Assert.Equal(1m, Metric("self_evaluation_coverage"));
        Assert.Equal(0.7778m, Math.Round(Metric("rectification_rate"), 4));
        Assert.Equal(4.33m, Card["performance_evaluation"].Score);
        Assert.Equal(4.3333m, Math.Round(Card["performance_evaluation"].Explanation!.RawScore!.Value, 4));
    }

    [Fact]
    public void Score_DazhouSample_SustainabilityDeductsPerWholeFivePercent()
    {
        // 完成率 11 / 12 = 91.67%: 100 − 91.67 = 8.33% below → 8.33 / 5 = 1.67 → 1 whole step × 2 = 2 deducted → 15 − 2 = 13.
        Assert.Equal(0.9167m, Math.Round(Metric("key_task_completion_rate"), 4));
        Assert.Equal(13.00m, Card["sustainability"].Score);
    }

    [Fact]
    public void Score_DazhouSample_SatisfactionInEightyToNinetyBand()
    {
        // 满意度 216 / 250 = 86.4%: 80% ≤ 86.4% < 90% → 8.
        Assert.Equal(0.864m, Metric("satisfaction_rate"));
        Assert.Equal(8.00m, Card["satisfaction"].Score);
    }

    [Fact]
    public void Score_DazhouSample_NoWarnings() => Assert.Empty(Card.Warnings);

    [Theory]
    [InlineData(true, "市级组织中期评估", "1.50", "81.08")] // 1 unrectified × 0.5 → 2 − 0.5 = 1.5; total as the sample.
    [InlineData(false, "部门自行中期评估", "1.33", "80.91")] // 2 × 2 / 3 = 1.3333… → 1.33; 81.08 − 1.50 + 1.33 = 80.91 (良).
    public void Score_SampleUnderEachMidtermOption_ScoresThatOption(bool inCityReview, string option, string leafScore, string total)
    {
        var card = ScoreWith(("in_city_midterm_review", InputValue.Of(inCityReview)));
        Assert.Equal(decimal.Parse(leafScore, System.Globalization.CultureInfo.InvariantCulture), card["midterm_review"].Score);
        Assert.StartsWith(option, ExplanationRenderer.Describe(card["midterm_review"]), StringComparison.Ordinal);
        Assert.Equal(decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture), card.Total);
        Assert.Equal("良", card.Grade.Label);
    }

    [Fact]
    public void Score_SampleWithoutSpecialFunds_SpecialFundAllocationGetsFullMarks()
    {
        // has_special_funds = false → not assessed, full_marks: 2 of 2 and no weight moved;
        // 综合管理 20.48 − 0 + 2 = 22.48; total 81.08 + 2 = 83.08 (良).
        var card = ScoreWith(("has_special_funds", InputValue.Of(false)));
        var leaf = card["special_fund_allocation"];
        Assert.Equal(IndicatorStatus.NotAssessed, leaf.Status);
        Assert.Equal(2.00m, leaf.EffectiveWeight);
        Assert.Equal(2.00m, leaf.Score);
        Assert.Empty(card.WeightMoves);
        Assert.Equal(22.48m, card["management"].Score);
        Assert.Equal(83.08m, card.Total);
        Assert.Equal("良", card.Grade.Label);
    }

    [Fact]
    public void Score_SampleWithoutNonTaxRevenue_NonTaxRevenueGetsFullMarks()
    {
        // non_tax_due = 0 → applies_when (non_tax_due > 0) false → full_marks 2 instead of 1.15, and no division by zero;
        // total 81.08 − 1.15 + 2 = 81.93.
        var card = ScoreWith(("non_tax_due", InputValue.Of(0m)), ("non_tax_collected", InputValue.Of(0m)));
        Assert.Equal(IndicatorStatus.NotAssessed, card["non_tax_revenue"].Status);
        Assert.Equal(2.00m, card["non_tax_revenue"].Score);
        Assert.Equal(81.93m, card.Total);
    }

    [Fact]
    public void Render_DazhouJson_MatchesSnapshot() => Snapshot.Match(JsonRenderer.Render(Card), SnapshotNameExtension.Create("json"));

    [Fact]
    public void Render_DazhouText_MatchesSnapshot() => Snapshot.Match(TextRenderer.Render(Card), SnapshotNameExtension.Create("text"));

    private static decimal Metric(string name) => Card.Metrics.Single(m => m.Name == name).Number!.Value;

    /// <summary>Scores the sample with some values replaced, copying every other value and every judgement.</summary>
    private static Scorecard ScoreWith(params (string Name, InputValue Value)[] replacements)
    {
        var builder = InputValues.CreateBuilder().Subject(Sample.Subject);
        foreach (var (name, value) in Sample.Values)
        {
            var replaced = replacements.Where(r => r.Name == name).Select(r => r.Value).FirstOrDefault();
            builder.Set(name, replaced ?? value);
        }

        foreach (var (id, judgement) in Sample.Judgements)
        {
            builder.Judge(id, judgement);
        }

        var result = Rules.Evaluate(builder.Build());
        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }
}
