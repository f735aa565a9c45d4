using System.Globalization;
using PerfEval.Benchmarks;
using PerfEval.Evaluation;
using PerfEval.Rules;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Benchmarks;

/// <summary>
/// The benchmarks' floor (rules/yangxi-2023.yaml written by hand in C#) must compute exactly what PerfEval computes,
/// or the benchmarks compare different work.
/// </summary>
public sealed class HandWrittenFloorTests
{
    private const int Count = 5_000;

    private static readonly CompiledRuleSet Rules = Some.Yangxi();

    private static readonly List<Department> Generated = Departments.Generate(Count);

    [Fact]
    public void Floor_5000GeneratedDepartments_AgreesWithPerfEvalOnEveryLeafTotalAndGrade()
    {
        var differences = new List<string>();
        foreach (var department in Generated)
        {
            var result = Rules.Evaluate(department.Input);
            Assert.True(result.IsSuccess, $"{department.Name}: {string.Join("; ", result.Diagnostics)}");
            var card = result.Value!;
            var floor = YangxiByHand.Score(department.Record);
            var leaves = floor.Leaves();
            for (var i = 0; i < leaves.Length; i++)
            {
                var id = YangxiScores.LeafIds[i];
                if (card[id].Score != leaves[i])
                {
                    differences.Add(string.Create(CultureInfo.InvariantCulture, $"{department.Name} {id}: PerfEval {card[id].Score}, floor {leaves[i]}"));
                }
            }

            if (card.Total != floor.Total || card.Grade.Label != floor.Grade)
            {
                differences.Add(string.Create(CultureInfo.InvariantCulture, $"{department.Name} total: PerfEval {card.Total} {card.Grade.Label}, floor {floor.Total} {floor.Grade}"));
            }
        }

        Assert.Empty(differences);
    }

    [Fact]
    public void Floor_ReportFigures_Scores9276Excellent()
    {
        var report = Departments.FromInput("阳西县土地储备和城市更新事务中心", Some.YangxiInput());

        var floor = YangxiByHand.Score(report.Record);

        Assert.Equal(92.76m, floor.Total);
        Assert.Equal("优", floor.Grade);
        Assert.Equal(6.76m, floor.BudgetExecutionRate); // 5 × 96.57 % × 7 / 5
        Assert.Equal(0m, floor.FundAllocationCompliance);
        Assert.Equal(0m, floor.ProcurementExecution);
        Assert.Equal(Rules.Score(report.Input).Total, floor.Total);
    }

    [Fact]
    public void LeafIds_AreTheRuleSetsLeavesInTreeOrder()
    {
        static IEnumerable<string> Leaves(Indicator indicator) => indicator.IsGroup ? indicator.Children.SelectMany(Leaves) : new[] { indicator.Id };

        Assert.Equal(Rules.Definition.Indicators.SelectMany(Leaves), YangxiScores.LeafIds);
    }

    [Fact]
    public void Generator_SameSeed_SameDepartments()
    {
        var again = Departments.Generate(50);

        Assert.Equal(Generated.Take(50).Select(d => d.Record), again.Select(d => d.Record));
        Assert.NotEqual(Generated.Take(50).Select(d => d.Record), Departments.Generate(50, seed: 7).Select(d => d.Record));
    }

    [Fact]
    public void Generator_5000Departments_CoverEveryBranchOfTheRules()
    {
        var records = Generated.Select(d => d.Record).ToList();
        var scores = records.Select(YangxiByHand.Score).ToList();

        // Both values of both applicability inputs, so 资金下达合规性 is assessed and not assessed.
        Assert.Contains(records, r => r.HasTransferPayments);
        Assert.Contains(records, r => !r.HasTransferPayments);
        Assert.Contains(records, r => r.HasSubordinateUnits);
        Assert.Contains(records, r => !r.HasSubordinateUnits);
        Assert.Contains(records, r => !r.HasTransferPayments && !r.HasSubordinateUnits);

        // Every band, pass and fail, capped and uncapped rates, deductions, and the optional procurement budget absent.
        Assert.Equal(new[] { 0m, 1m, 2m }, scores.Select(s => s.CarryoverRate).Distinct().Order());
        Assert.Equal(new[] { 0m, 4m }, scores.Select(s => s.ProcurementExecution).Distinct().Order());
        Assert.Equal(new[] { 0m, 2m }, scores.Select(s => s.FixedAssetUtilization).Distinct().Order());
        Assert.Equal(new[] { 0m, 1.5m, 3m }, scores.Select(s => s.Disclosure).Distinct().Order());
        Assert.Equal(new[] { 0m, 2.5m, 5m }, scores.Select(s => s.Economy).Distinct().Order());
        Assert.Contains(records, r => r.ActualSpending > r.IssuedBudget);
        Assert.Contains(records, r => r.WorkTargetsMet < r.WorkTargetCount);
        Assert.Contains(scores, s => s.Fairness < 5m);
        Assert.Contains(records, r => r.ProcurementBudget is null);
        Assert.Contains(records, r => r.BasicSpending + r.ProjectSpending != r.ActualSpending);
        Assert.True(scores.Select(s => s.Grade).Distinct().Count() >= 2, "expected more than one grade");
    }

    [Fact]
    public void Generator_Judgements_StayWithinTheirWeights()
    {
        var weights = Rules.Definition.Indicators.SelectMany(Flatten).Where(i => i.Method is JudgementMethod).ToDictionary(i => i.Id, i => i.Weight);

        Assert.Equal(weights.Keys.Order(), Departments.JudgementIds.Order());
        Assert.All(Generated.SelectMany(d => d.Judgements), j => Assert.InRange(j.Value, 0m, weights[j.Key]));
    }

    private static IEnumerable<Indicator> Flatten(Indicator indicator) => new[] { indicator }.Concat(indicator.Children.SelectMany(Flatten));
}
