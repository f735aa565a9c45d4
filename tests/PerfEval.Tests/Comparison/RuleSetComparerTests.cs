using PerfEval.Comparison;
using PerfEval.Loading;
using PerfEval.Rendering;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Comparison;

public sealed class RuleSetComparerTests
{
    [Fact]
    public void Compare_Yangxi2023With2024_ListsMetadataAndTheBandChange()
    {
        var before = Some.Yangxi().Definition;
        var after = RuleSetLoader.LoadFile(Repo.Rules("yangxi-2024.yaml")).GetValueOrThrow().Definition;

        var changes = RuleSetComparer.Compare(before, after);

        Assert.Equal(new[] { ChangeKind.Metadata, ChangeKind.Metadata, ChangeKind.Metadata, ChangeKind.Bands }, changes.Select(c => c.Kind));
        var bands = changes[3];
        Assert.Equal("carryover_rate", bands.Subject);
        Assert.Contains("[0, 0.05]: 2", bands.Before, StringComparison.Ordinal);
        Assert.Contains("[0, 0.03]: 2", bands.After, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_AddedRemovedReweightedAndReplaced_ReportsEach()
    {
        var before = Some.Rules(Some.Header() + """
            inputs: [ { name: rate, type: decimal }, { name: flag, type: boolean } ]
            indicators:
              - { id: a, name: A, weight: 50, formula: weight * rate }
              - { id: b, name: B, weight: 30, pass_fail: { condition: flag } }
              - { id: c, name: C, weight: 20, formula: weight * rate }
            """).Definition;
        var after = Some.Rules(Some.Header() + """
            inputs: [ { name: rate, type: decimal }, { name: flag, type: boolean } ]
            indicators:
              - { id: a, name: A, weight: 60, formula: weight * rate * rate }
              - { id: b, name: B, weight: 30, judgement: { criteria: x } }
              - { id: d, name: D, weight: 10, pass_fail: { condition: flag } }
            """).Definition;

        var changes = RuleSetComparer.Compare(before, after).Select(c => (c.Kind, c.Subject)).ToList();

        Assert.Contains((ChangeKind.Weight, "a"), changes);
        Assert.Contains((ChangeKind.Formula, "a"), changes);
        Assert.Contains((ChangeKind.Method, "b"), changes);
        Assert.Contains((ChangeKind.IndicatorAdded, "d"), changes);
        Assert.Contains((ChangeKind.IndicatorRemoved, "c"), changes);
    }

    /// <summary>Under Chinese each rule reads as its 评分标准 in the rule set's names, and the list is the English one, change for change.</summary>
    [Fact]
    public void Compare_Chinese_WordsEachRuleAndListsTheSameChanges()
    {
        var before = Some.Rules(Some.Header() + """
            inputs:
              - { name: rate, type: decimal, unit: ratio, description: 支出完成率 }
              - { name: flag, type: boolean, description: 按时公开 }
            indicators:
              - { id: a, name: 甲, weight: 50, formula: weight * rate }
              - { id: b, name: 乙, weight: 30, pass_fail: { condition: flag } }
              - { id: c, name: 丙, weight: 20, formula: weight * rate }
            """).Definition;
        var after = Some.Rules(Some.Header().Replace("90.0", "85", StringComparison.Ordinal) + """
            inputs:
              - { name: rate, type: decimal, unit: ratio, description: 预算执行率 }
              - { name: flag, type: boolean, description: 按时公开 }
            indicators:
              - { id: a, name: 甲, weight: 60, formula: weight * rate * rate }
              - { id: b, name: 乙, weight: 30, judgement: { criteria: 据实评分 } }
              - { id: d, name: 丁, weight: 10, pass_fail: { condition: not flag } }
            """).Definition;
        var zh = new RenderOptions { Language = ReportLanguage.Chinese };

        var english = RuleSetComparer.Compare(before, after);
        var chinese = RuleSetComparer.Compare(before, after, zh);
        var lines = chinese.Select(c => c.ToString(ReportLanguage.Chinese)).ToList();

        // A changed description of an input is not a change of its rule, in either language.
        Assert.Equal(english.Select(c => (c.Kind, c.Subject)), chinese.Select(c => (c.Kind, c.Subject)));
        Assert.Contains("等级划分：优：90分及以上；良：80分（含）至90分（不含）；中：60分（含）至80分（不含）；差：低于60分 → 优：85分及以上；良：80分（含）至85分（不含）；中：60分（含）至80分（不含）；差：低于60分", lines);
        Assert.Contains("分值 a：50 → 60", lines);
        Assert.Contains("计分公式 a：得分 = 分值 × 支出完成率 → 得分 = 分值 × 预算执行率 × 预算执行率", lines);
        Assert.Contains("计分方法 b：按时公开的，得30分；否则不得分 → 据实评分。由评价人据实评分，最高30分，并说明理由", lines);
        Assert.Contains("新增指标 d：丁（分值10）：按时公开的，不得分；否则得10分", lines);
        Assert.Contains("删除指标 c：丙（分值20）", lines);
        Assert.DoesNotMatch("[a-z]{2,}", string.Join("\n", lines));
    }

    [Fact]
    public void CompareScores_Yangxi2023With2024_ShowsTheOnePointDrop()
    {
        var input = Some.YangxiInput();
        var before = Some.Yangxi().Score(input);
        var after = RuleSetLoader.LoadFile(Repo.Rules("yangxi-2024.yaml")).GetValueOrThrow().Score(input);

        var changes = RuleSetComparer.CompareScores(before, after);

        Assert.Equal(new[] { "budget_execution", "fund_management", "carryover_rate" }, changes.Select(c => c.Id));
        Assert.All(changes, c => Assert.Equal(-1.00m, c.Delta));
    }
}
