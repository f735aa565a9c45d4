using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerfEval.Evaluation;
using PerfEval.Inputs;
using PerfEval.Loading;
using PerfEval.Tests.Hardening;
using PerfEval.Tests.Support;
using PerfEval.WhatIf;

namespace PerfEval.Tests.WhatIf;

/// <summary>
/// Properties of Reach, checked through the public <see cref="CompiledRuleSet.WhatIf"/> (so through binding, with
/// every range check): applying the combination it proposes really reaches the target, and no proposed change is
/// larger than needed by more than one step (one step less no longer does it). On random inputs of a rule set with
/// every invertible method, and on random rule sets (<see cref="RandomRuleSet"/>). Fixed replay seeds keep CI repeatable.
/// </summary>
public sealed class ReachPropertyTests
{
    private const string Replay = "(20261201,1103515245)";

    private static readonly CompiledRuleSet Methods = Some.Rules(Some.Header() + """
        inputs:
          - { name: rate, type: decimal, min: 0, max: 1 }
          - { name: overdue, type: integer, min: 0, max: 10 }
          - { name: published, type: boolean }
          - { name: spent, type: decimal, min: 0 }
          - { name: budget, type: decimal, min: 1 }
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
            deduction: { value: overdue, threshold: 1, direction: above, per: 1, points: 3, counting: whole }
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

    [Property(MaxTest = 60, Replay = Replay, Arbitrary = new[] { typeof(Cases) })]
    public void Reach_RandomInputOfEveryMethod_ProposesChangesThatReachAndAreNoLargerThanNeeded(MethodsCase @case)
    {
        var input = InputValues.CreateBuilder()
            .Set("rate", @case.Rate).Set("overdue", @case.Overdue).Set("published", @case.Published).Set("spent", @case.Spent).Set("budget", @case.Budget)
            .Judge("judged", @case.Judged, "理由")
            .Build();

        Check(Methods, input, ReachTarget.ForTotal(@case.Target));
    }

    [Property(MaxTest = 40, Replay = Replay, Arbitrary = new[] { typeof(Cases) })]
    public void Reach_RandomRuleSet_ProposesChangesThatReachAndAreNoLargerThanNeeded(InvariantPropertyTests.Seed seed, Share share)
    {
        var generated = RandomRuleSet.Generate(seed.Value);
        var rules = RuleSetLoader.Load(generated.Yaml, "random.yaml").GetValueOrThrow();
        var input = generated.Input(seed.Value);
        var total = rules.Evaluate(input).GetValueOrThrow().Total;

        // A target between the total now and full marks.
        Check(rules, input, ReachTarget.ForTotal(Math.Round(total + ((generated.Total - total) * share.Value), 2)), generated.ToString());
    }

    private static void Check(CompiledRuleSet rules, InputValues input, ReachTarget target, string? about = null)
    {
        var result = rules.Reach(input, target).GetValueOrThrow();
        string Why(string what) => $"{what} (target {target}, total {result.Before.Total})\n{about}";

        foreach (var lost in result.Indicators)
        {
            var wanted = lost.Score + lost.Points;
            foreach (var option in lost.Options.Where(o => o.WithinRange))
            {
                var alone = Rescore(rules, input, [option.Change]);
                Assert.True(alone.After[lost.Id].Score >= wanted, Why($"{option.Change} does not win back '{lost.Id}'"));
                if (StepBack(option) is { } less)
                {
                    Assert.True(Rescore(rules, input, [less]).After[lost.Id].Score < wanted, Why($"{less} wins back '{lost.Id}' too, one step less than {option.Change}"));
                }
            }
        }

        if (result.Plan is not { } plan)
        {
            return;
        }

        var all = plan.Changes.Select(c => c.Change).ToList();
        var outcome = Rescore(rules, input, all);
        Assert.True(outcome.After.Total >= result.TargetTotal, Why($"the plan {string.Join("; ", all)} gives {outcome.After.Total}"));
        Assert.Equal(plan.Outcome.After.Total, outcome.After.Total);
        for (var i = 0; i < all.Count; i++)
        {
            if (StepBack(plan.Changes[i]) is { } less)
            {
                var fewer = all.Select((c, j) => j == i ? less : c).ToList();
                Assert.True(Rescore(rules, input, fewer).After.Total < result.TargetTotal, Why($"{less} reaches the target too, one step less than {all[i]}"));
            }
        }
    }

    /// <summary>The change one step smaller, or <see langword="null"/> for a condition, a choice or a one-step change.</summary>
    private static InputChange? StepBack(ProposedChange proposal)
    {
        var change = proposal.Change;
        if (change.Delta is not { } delta || Math.Abs(delta) <= proposal.Step)
        {
            return null;
        }

        var value = change.After.Number - (Math.Sign(delta) * proposal.Step);
        return new InputChange(change.Name, change.IsJudgement, change.Before, InputValue.Of(value), change.Unit);
    }

    private static WhatIfResult Rescore(CompiledRuleSet rules, InputValues input, IReadOnlyList<InputChange> changes)
    {
        var builder = InputValues.CreateBuilder().Source("changes");
        foreach (var change in changes)
        {
            if (change.IsJudgement)
            {
                builder.Judge(change.Name, change.After.Number, string.Empty);
            }
            else
            {
                builder.Set(change.Name, change.After);
            }
        }

        var result = rules.WhatIf(input, builder.Build());
        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }

    /// <summary>One random input of <see cref="Methods"/> and a target total.</summary>
    public sealed record MethodsCase(decimal Rate, decimal Overdue, bool Published, decimal Spent, decimal Budget, decimal Judged, decimal Target);

    /// <summary>A share between 0 and 1, in hundredths.</summary>
    public readonly record struct Share(decimal Value);

    /// <summary>The arbitraries: figures on the rule set's grid, no shrinking needed to read a failure.</summary>
    public static class Cases
    {
        public static Arbitrary<MethodsCase> MethodsCase() => Arb.From(
            from rate in Gen.Choose(0, 100)
            from overdue in Gen.Choose(0, 10)
            from published in Gen.Elements(true, false)
            from spent in Gen.Choose(0, 30000)
            from budget in Gen.Choose(100, 30000)
            from judged in Gen.Choose(0, 2000)
            from target in Gen.Choose(0, 10000)
            select new MethodsCase(rate / 100m, overdue, published, spent / 100m, budget / 100m, judged / 100m, target / 100m));

        public static Arbitrary<InvariantPropertyTests.Seed> Seed() => InvariantPropertyTests.Seeds.Seed();

        public static Arbitrary<Share> Share() => Arb.From(Gen.Choose(0, 100).Select(i => new Share(i / 100m)));
    }
}
