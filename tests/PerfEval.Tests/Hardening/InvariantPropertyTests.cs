using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerfEval.Evaluation;
using PerfEval.Inputs;
using PerfEval.Loading;
using PerfEval.Rendering;
using PerfEval.Results;

namespace PerfEval.Tests.Hardening;

/// <summary>
/// Properties every scorecard keeps, checked on random valid rule sets (<see cref="RandomRuleSet"/>) and random inputs:
/// scores within their weights, totals that add up, weight conserved by fallbacks, the same answer twice, and a
/// higher-is-better rate never scoring lower when it rises. The runs start from a fixed replay seed so CI is
/// repeatable; a failure prints FsCheck's seed and the rule set's own seed and YAML.
/// </summary>
public sealed class InvariantPropertyTests
{
    /// <summary>FsCheck's starting seed (the second number must be odd); paste a failure's StdGen here to replay it.</summary>
    private const string Replay = "(20231231,1103515245)";

    private const string Suite = "properties";

    [Property(MaxTest = 400, Replay = Replay, Arbitrary = new[] { typeof(Seeds) })]
    public void Evaluate_RandomRuleSet_KeepsTheScorecardInvariants(Seed seed)
    {
        Adversarial.Case(Suite, () =>
        {
            var generated = RandomRuleSet.Generate(seed.Value);
            var card = Score(generated, Load(generated), generated.Input(seed.Value));
            var leaves = card.AllIndicators.Where(i => !i.IsGroup).ToList();
            string Why(string what) => $"{what}\n{generated}\n{JsonRenderer.Render(card)}";

            // Every leaf scores within [0, its effective weight].
            foreach (var leaf in leaves)
            {
                Assert.True(leaf.Score >= 0m && leaf.Score <= leaf.EffectiveWeight, Why($"'{leaf.Id}' scores {leaf.Score} of {leaf.EffectiveWeight}"));
            }

            // The total is the sum of the rounded leaf scores; each group is the sum of its children.
            Assert.True(card.Total == leaves.Sum(l => l.Score), Why($"total {card.Total} is not the sum of the leaves {leaves.Sum(l => l.Score)}"));
            foreach (var group in card.AllIndicators.Where(i => i.IsGroup))
            {
                Assert.True(group.Score == group.Children.Sum(c => c.Score), Why($"group '{group.Id}' scores {group.Score}, its children {group.Children.Sum(c => c.Score)}"));
                Assert.True(group.EffectiveWeight == group.Children.Sum(c => c.EffectiveWeight), Why($"group '{group.Id}' effective weight"));
            }

            foreach (var leaf in leaves)
            {
                Assert.True(leaf.Score == Math.Round(leaf.Score, 2), Why($"'{leaf.Id}' is not rounded: {leaf.Score}"));
            }

            // Effective weights add up to the total points.
            Assert.True(leaves.Sum(l => l.EffectiveWeight) == card.TotalPoints, Why($"effective weights add up to {leaves.Sum(l => l.EffectiveWeight)}, not {card.TotalPoints}"));

            // Weight moved is conserved: what the redistributed leaves declared, the others gained, and the moves that
            // land on an indicator that keeps its weight carry exactly that (a move onto a redistributed indicator
            // travels on with that indicator's own move).
            var redistributed = leaves.Where(l => l.Status == IndicatorStatus.Redistributed).ToList();
            var keepers = leaves.Where(l => l.Status != IndicatorStatus.Redistributed).ToList();
            var gained = keepers.Sum(l => l.EffectiveWeight - l.Weight);
            Assert.True(redistributed.All(l => l.EffectiveWeight == 0m && l.Score == 0m), Why("a redistributed leaf kept weight or points"));
            Assert.True(redistributed.Sum(l => l.Weight) == gained, Why($"redistributed {redistributed.Sum(l => l.Weight)}, gained {gained}"));
            var landed = card.WeightMoves.Where(m => card[m.To].Status != IndicatorStatus.Redistributed).Sum(m => m.Points);
            Assert.True(landed == gained, Why($"the weight moves that land add up to {landed}, the receiving leaves gained {gained}"));
            Assert.True(keepers.All(l => l.EffectiveWeight >= l.Weight), Why("a leaf that keeps its weight lost some"));

            // The grade is the band the total falls in.
            Assert.Equal(card.Total >= Math.Round(card.TotalPoints / 2, 2, MidpointRounding.AwayFromZero) ? "excellent" : "poor", card.Grade.Code);
        });
    }

    [Property(MaxTest = 150, Replay = Replay, Arbitrary = new[] { typeof(Seeds) })]
    public void Evaluate_SameRuleSetAndInputTwice_GivesTheSameJson(Seed seed)
    {
        Adversarial.Case(Suite, () =>
        {
            var generated = RandomRuleSet.Generate(seed.Value);
            var first = Load(generated);
            var second = Load(generated);
            var input = generated.Input(seed.Value);
            var answers = new[]
            {
                JsonRenderer.Render(Score(generated, first, input)),
                JsonRenderer.Render(Score(generated, first, input)),
                JsonRenderer.Render(Score(generated, second, generated.Input(seed.Value))),
                JsonRenderer.Render(Score(generated, second, input)),
            };

            Assert.All(answers, a => Assert.Equal(answers[0], a));
            Assert.Equal(TextRenderer.Render(Score(generated, first, input)), TextRenderer.Render(Score(generated, second, input)));
        });
    }

    [Property(MaxTest = 300, Replay = Replay, Arbitrary = new[] { typeof(Seeds) })]
    public void Evaluate_HigherRate_NeverScoresLower(Seed seed)
    {
        Adversarial.Case(Suite, () =>
        {
            var generated = RandomRuleSet.Generate(seed.Value, withProbe: true);
            var rules = Load(generated);
            var random = new Random(seed.Value);
            var rates = Enumerable.Range(0, 4).Select(_ => random.Next(0, 20_001) / 10_000m).Append(1m).Append(0m).OrderBy(r => r).ToList();
            var probe = generated.Probe!.Id;
            Scorecard? previous = null;
            foreach (var rate in rates)
            {
                var card = Score(generated, rules, generated.Input(seed.Value, rate));
                if (previous is not null)
                {
                    var why = $"rate {rate} after a lower one\n{generated}";
                    Assert.True(card[probe].Score >= previous[probe].Score, $"'{probe}' fell from {previous[probe].Score} to {card[probe].Score}: {why}");
                    Assert.True(card.Total >= previous.Total, $"the total fell from {previous.Total} to {card.Total}: {why}");
                }

                previous = card;
            }
        });
    }

    [Fact]
    public void Evaluate_WeightMovedOntoAGroupWithNoAssessedLeaf_IsNotLost()
    {
        var rules = RuleSetLoader.LoadFile(Path.Combine(Adversarial.RegressionFolder, "evaluator-weight-lost-in-group.yaml")).GetValueOrThrow();
        var input = JsonInputReader.ReadFile(Path.Combine(Adversarial.RegressionFolder, "evaluator-weight-lost-in-group.json")).GetValueOrThrow();

        var card = rules.Score(input);

        Assert.Equal(card.TotalPoints, card.AllIndicators.Where(i => !i.IsGroup).Sum(i => i.EffectiveWeight));
    }

    [Fact]
    public void Evaluate_WeightMovedToAGroupWithNoAssessedLeaf_IsPE0206()
    {
        var yaml = File.ReadAllText(Path.Combine(Adversarial.RegressionFolder, "evaluator-weight-lost-in-group.yaml"))
            .Replace("fallback: { kind: spread }", "fallback: { kind: move_to, target: g }", StringComparison.Ordinal);
        var rules = RuleSetLoader.Load(yaml).GetValueOrThrow();
        var input = JsonInputReader.ReadFile(Path.Combine(Adversarial.RegressionFolder, "evaluator-weight-lost-in-group.json")).GetValueOrThrow();

        var error = Adversarial.AssertError(rules.Evaluate(input).Diagnostics, "PE0206");

        Assert.Equal("Indicator 'x' is not assessed and moves its weight to 'g', but no indicator inside 'g' is assessed either.", error.Message);
    }

        private static CompiledRuleSet Load(RandomRuleSet generated)
    {
        var result = RuleSetLoader.Load(generated.Yaml, $"random-{generated.Seed}.yaml");
        Assert.True(result.IsSuccess && result.Diagnostics.Count == 0, $"a generated rule set must load cleanly:\n{string.Join("\n", result.Diagnostics)}\n{generated}");
        return result.Value!;
    }

    private static Scorecard Score(RandomRuleSet generated, CompiledRuleSet rules, InputValues input)
    {
        var result = rules.Evaluate(input);
        Assert.True(result.IsSuccess, $"a generated input must score:\n{string.Join("\n", result.Diagnostics)}\n{generated}");
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        return result.Value!;
    }

    /// <summary>A rule set's seed: FsCheck draws it from the whole range of non-negative integers.</summary>
    public readonly record struct Seed(int Value)
    {
        public override string ToString() => $"Seed {Value}";
    }

    /// <summary>The arbitrary for <see cref="Seed"/>; no shrinking, since a neighbouring seed is an unrelated rule set.</summary>
    public static class Seeds
    {
        public static Arbitrary<Seed> Seed() => Arb.From(Gen.Choose(0, int.MaxValue).Select(i => new Seed(i)));
    }
}
