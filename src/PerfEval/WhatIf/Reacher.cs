using System;
using System.Collections.Generic;
using System.Linq;
using PerfEval.Comparison;
using PerfEval.Compilation;
using PerfEval.Evaluation;
using PerfEval.Formulas;
using PerfEval.Inputs;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.WhatIf;

/// <summary>
/// Works out what it would take to reach a target: for each indicator that lost points, the smallest change of each of
/// its own inputs (or its judgement) that recovers them, found by <see cref="GoalSeeker"/> and checked by rescoring;
/// then the combination that reaches the target with the fewest indicators changed, each change tightened to what the
/// target needs given the others. Every candidate is scored through the compiled plan; nothing is parsed again.
/// </summary>
internal sealed class Reacher
{
    /// <summary>The most combinations rescored in looking for the fewest indicators.</summary>
    private const int MaxCombinationsTried = 5000;

    /// <summary>The most combinations of one size listed before they are ranked.</summary>
    private const int MaxCombinationsListed = 100_000;

    private readonly CompiledRuleSet rules;
    private readonly RuleSetPlan plan;
    private readonly BoundInput input;
    private readonly Scorecard before;
    private readonly ReachTarget target;
    private readonly decimal targetTotal;

    private Reacher(CompiledRuleSet rules, BoundInput input, Scorecard before, ReachTarget target, decimal targetTotal)
    {
        this.rules = rules;
        plan = rules.Plan;
        this.input = input;
        this.before = before;
        this.target = target;
        this.targetTotal = targetTotal;
    }

    public static Result<ReachResult> Run(CompiledRuleSet rules, InputValues values, ReachTarget target)
    {
        var evaluation = rules.Evaluate(values);
        if (evaluation.Value is not { } card)
        {
            return Result<ReachResult>.OfInput(null, evaluation.Diagnostics);
        }

        var bound = rules.Bind(values).Value!;
        var reacher = new Reacher(rules, bound, card, target, TotalFor(rules.Definition, target));
        return Result<ReachResult>.OfInput(reacher.Reach(), evaluation.Diagnostics);
    }

    /// <summary>The lowest total that meets a target: the total asked for, or the lowest total on the rounding grid that the grade's band holds.</summary>
    private static decimal TotalFor(RuleSet rules, ReachTarget target)
    {
        if (target.Total is { } total)
        {
            return total;
        }

        var band = rules.Grades.FirstOrDefault(g => g.Level == target.Level)
            ?? throw new ArgumentException($"Rule set '{rules.Id}' has no grade '{target}'; its grades are {string.Join(", ", rules.Grades.Select(g => new Grade(g.Level, g.Label).Code))}.", nameof(target));
        var range = band.Range;
        var lowest = range.Lower ?? 0m;
        return range.Contains(lowest) ? lowest : lowest + Lever.StepOf(rules.Rounding.Decimals);
    }

    private ReachResult Reach()
    {
        var lost = new List<(LostPoints Lost, List<(Lever Lever, ProposedChange Change)> Options)>();
        foreach (var leaf in plan.Leaves)
        {
            var row = before.AllIndicators[leaf.Index];
            if (row.Status == IndicatorStatus.Scored && row.PointsLost > 0m)
            {
                var options = Recover(leaf, row);
                lost.Add((new LostPoints(row.Id, row.Name, row.Method, row.Score, row.EffectiveWeight, leaf.Method is JudgementPlan, options.Select(o => o.Change).ToList()), options));
            }
        }

        ReachPlan? reached;
        if (Meets(before))
        {
            reached = new ReachPlan(Array.Empty<ProposedChange>(), new WhatIfResult(before, before, Array.Empty<InputChange>()));
        }
        else
        {
            reached = Combine(lost.Select(l => l.Options.FirstOrDefault(o => o.Change.WithinRange)).Where(o => o.Lever is not null).ToList());
        }

        return new ReachResult(before, target, targetTotal, lost.Select(l => l.Lost).ToList(), reached);
    }

    /// <summary>
    /// Each of a leaf's levers moved the fewest steps that win back every point it lost, the most practical first: within
    /// range, then fewest indicators harmed, then fewest steps, then in the order the rule reads them.
    /// </summary>
    private List<(Lever Lever, ProposedChange Change)> Recover(IndicatorPlan leaf, IndicatorScore row)
    {
        var options = new List<(Lever, ProposedChange, int, decimal)>();
        var wanted = row.Score + row.PointsLost;
        foreach (var lever in LeversOf(leaf))
        {
            if (lever.Current(input) is not { } current)
            {
                continue; // An optional input not given: not this indicator's to change.
            }

            if (GoalSeeker.Seek(lever, current, v => Score(Lever.Apply(input, [(lever, v)])) is { } card && card.AllIndicators[leaf.Index].Score >= wanted) is { } found)
            {
                var change = Propose(leaf, lever, current, found.Value, found.Within);
                var harmful = change.SideEffects.Count(s => s.Delta < 0m);
                var steps = change.Change.Delta is { } delta ? Math.Abs(delta) / lever.Step : 1m;
                options.Add((lever, change, harmful, steps));
            }
        }

        return options.OrderBy(o => o.Item2.WithinRange ? 0 : 1).ThenBy(o => o.Item3).ThenBy(o => o.Item4).Select(o => (o.Item1, o.Item2)).ToList();
    }

    /// <summary>The levers of a leaf: its judgement, and the inputs its scoring method reads, directly or through metrics.</summary>
    private List<Lever> LeversOf(IndicatorPlan leaf)
    {
        var levers = new List<Lever>();
        var decimals = plan.Definition.Rounding.Decimals;
        if (leaf.JudgementSlot >= 0)
        {
            levers.Add(Lever.ForJudgement(leaf, decimals));
        }

        var seen = new HashSet<int>();
        var pending = new Stack<Symbol>(leaf.Method!.Formulas.SelectMany(f => f.Symbols).Reverse());
        while (pending.Count > 0)
        {
            var symbol = pending.Pop();
            if (!seen.Add(symbol.Index))
            {
                continue;
            }

            if (symbol.IsMetric)
            {
                foreach (var read in plan.MetricFormulas[symbol.Index]!.Symbols.Reverse())
                {
                    pending.Push(read);
                }
            }
            else if (Lever.ForInput(symbol, decimals) is { } lever)
            {
                levers.Add(lever);
            }
        }

        return levers;
    }

    /// <summary>A lever's move as a proposal: the points it wins back for the leaf alone, and what it does elsewhere.</summary>
    private ProposedChange Propose(IndicatorPlan leaf, Lever lever, InputValue current, InputValue value, bool within)
    {
        var after = Score(Lever.Apply(input, [(lever, value)]))!;
        var sideEffects = RuleSetComparer.CompareScores(before, after).Where(c => c.Id != leaf.Id && !plan.ById[c.Id].IsGroup).ToList();
        var change = new InputChange(lever.Name, lever.Kind == LeverKind.Judgement, current, value, lever.Unit);
        return new ProposedChange(leaf.Id, change, within, lever.Range, lever.Step, after.AllIndicators[leaf.Index].Score - before.AllIndicators[leaf.Index].Score, after.Total - before.Total, sideEffects);
    }

    /// <summary>
    /// The combination of the indicators' first in-range proposals that reaches the target with the fewest indicators
    /// changed; among as few, the one with fewest judgements changed, then the one that overshoots least. Null when none does.
    /// </summary>
    private ReachPlan? Combine(List<(Lever Lever, ProposedChange Change)> candidates)
    {
        var needed = targetTotal - before.Total;
        var tried = 0;
        for (var size = 1; size <= candidates.Count && tried < MaxCombinationsTried; size++)
        {
            var ranked = Combinations(candidates.Count, size)
                .Take(MaxCombinationsListed)
                .Select(c => (Members: c, Sum: c.Sum(i => candidates[i].Change.TotalChange), Judged: c.Count(i => candidates[i].Lever.Kind == LeverKind.Judgement)))
                .Where(c => c.Sum >= needed && c.Members.Select(i => candidates[i].Lever.Name).Distinct(StringComparer.Ordinal).Count() == size)
                .OrderBy(c => c.Judged)
                .ThenBy(c => c.Sum)
                .ToList();
            foreach (var (members, _, _) in ranked)
            {
                if (++tried > MaxCombinationsTried)
                {
                    break;
                }

                var chosen = members.Select(i => candidates[i]).ToList();
                if (Score(Lever.Apply(input, chosen.Select(c => (c.Lever, c.Change.Change.After)).ToList())) is { } card && Meets(card))
                {
                    return Tighten(chosen);
                }
            }
        }

        return null;
    }

    /// <summary>Moves each change of a combination that works back to the fewest steps the target needs given the others.</summary>
    private ReachPlan Tighten(List<(Lever Lever, ProposedChange Change)> chosen)
    {
        var values = chosen.Select(c => c.Change.Change.After).ToArray();
        for (var m = 0; m < chosen.Count; m++)
        {
            var (lever, proposal) = chosen[m];
            if (!lever.IsNumber || proposal.Change.Delta is not { } delta || delta == 0m)
            {
                continue;
            }

            var x0 = proposal.Change.Before!.Number;
            var direction = Math.Sign(delta);
            var steps = (long)decimal.Round(Math.Abs(delta) / lever.Step);
            var member = m;
            bool Goal(decimal x)
            {
                var changes = chosen.Select((c, i) => (c.Lever, i == member ? InputValue.Of(x) : values[i])).ToList();
                return Score(Lever.Apply(input, changes)) is { } card && Meets(card);
            }

            if (GoalSeeker.Seek(lever, x0, direction, Goal, steps) is { } found)
            {
                values[m] = InputValue.Of(x0 + (direction * found.K * lever.Step));
            }
        }

        var all = chosen.Select((c, i) => (c.Lever, values[i])).ToList();
        var outcome = rules.Evaluate(Lever.Apply(input, all)).Value!;
        var changes = chosen.Select((c, i) => Propose(plan.ById[c.Change.IndicatorId], c.Lever, c.Change.Change.Before!, values[i], true)).ToList();
        return new ReachPlan(changes, new WhatIfResult(before, outcome, changes.Select(c => c.Change).ToList()));
    }

    private bool Meets(Scorecard card) => card.Total >= targetTotal && (target.Level is not { } level || card.Grade.Level <= level);

    private Scorecard? Score(BoundInput changed) => rules.EvaluateOwned(changed, EvaluationOptions.NumbersOnly).Value;

    /// <summary>Every way to choose <paramref name="size"/> of <paramref name="count"/> items, as ascending indices.</summary>
    private static IEnumerable<int[]> Combinations(int count, int size)
    {
        var indices = Enumerable.Range(0, size).ToArray();
        while (true)
        {
            yield return (int[])indices.Clone();
            var i = size - 1;
            while (i >= 0 && indices[i] == count - size + i)
            {
                i--;
            }

            if (i < 0)
            {
                yield break;
            }

            indices[i]++;
            for (var j = i + 1; j < size; j++)
            {
                indices[j] = indices[j - 1] + 1;
            }
        }
    }
}
