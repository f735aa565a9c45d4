using PerfEval.Comparison;
using PerfEval.Loading;
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
