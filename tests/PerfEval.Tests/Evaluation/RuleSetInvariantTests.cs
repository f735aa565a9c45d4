using PerfEval.Inputs;
using PerfEval.Loading;
using PerfEval.Rules;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Evaluation;

/// <summary>Invariants that hold for every rule set under rules/, on its sample and on every combination of its conditions.</summary>
public sealed class RuleSetInvariantTests
{
    public static TheoryData<string> RuleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Repo.AllRuleFiles())
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Load_EveryShippedRuleSet_HasNoDiagnostics(string file)
    {
        var result = RuleSetLoader.LoadFile(Repo.Rules(file));
        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Evaluate_EveryCombinationOfBooleanInputs_EffectiveWeightsAddUpToTotal(string file)
    {
        var rules = RuleSetLoader.LoadFile(Repo.Rules(file)).GetValueOrThrow();
        var sample = Some.SampleFor(file);
        var flags = rules.Definition.Inputs.Where(i => i.Type == InputType.Boolean).Select(i => i.Name).ToList();
        Assert.InRange(flags.Count, 0, 14); // A project form may have none: one combination, the sample's.

        for (var mask = 0; mask < 1 << flags.Count; mask++)
        {
            var builder = InputValues.CreateBuilder().Subject(sample.Subject);
            foreach (var (name, value) in sample.Values.Where(v => !flags.Contains(v.Key)))
            {
                builder.Set(name, value);
            }

            for (var bit = 0; bit < flags.Count; bit++)
            {
                builder.Set(flags[bit], (mask & (1 << bit)) != 0);
            }

            foreach (var (id, judgement) in sample.Judgements)
            {
                builder.Judge(id, judgement);
            }

            foreach (var row in sample.Rows)
            {
                builder.Row(row);
            }

            // Indicators the sample does not assess (so has no judgement for) get full marks when a combination assesses them.
            foreach (var leaf in Leaves(rules.Definition.Indicators).Where(l => l.Method is JudgementMethod && !sample.Judgements.ContainsKey(l.Id)))
            {
                builder.Judge(leaf.Id, leaf.Weight, "assessed in this combination");
            }

            var result = rules.Evaluate(builder.Build());
            Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
            var card = result.Value!;
            var leaves = card.AllIndicators.Where(i => !i.IsGroup).ToList();
            Assert.Equal(rules.Definition.TotalPoints, leaves.Sum(l => l.EffectiveWeight));
            Assert.Equal(card.Total, leaves.Sum(l => l.Score));
            Assert.Equal(card.Total, card.Indicators.Sum(i => i.Score));
            Assert.All(leaves, l => Assert.InRange(l.Score, 0m, l.EffectiveWeight));
            Assert.Equal(card.WeightMoves.Sum(m => m.Points), leaves.Where(l => l.EffectiveWeight > l.Weight).Sum(l => l.EffectiveWeight - l.Weight));
        }
    }

    private static IEnumerable<Indicator> Leaves(IEnumerable<Indicator> indicators) => indicators.SelectMany(i => i.IsGroup ? Leaves(i.Children) : new[] { i });
}
