using System;
using System.Collections.Generic;
using System.Linq;
using PerfEval.Compilation;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Evaluation;

/// <content>Fallbacks: the weight of indicators that are not assessed moved to where their rules say.</content>
internal sealed partial class Evaluator
{
    /// <summary>
    /// Moves the weight of every not-assessed indicator per its fallback, leaving each leaf's effective weight in
    /// <see cref="effective"/>.
    /// An indicator moves before any indicator it moves weight onto that is itself not assessed, so chains land.
    /// </summary>
    private void MoveWeights()
    {
        IndicatorPlan? first = null;
        List<IndicatorPlan>? movers = null;
        foreach (var plan in rules.Conditional)
        {
            if (HeadOf(plan) == plan)
            {
                if (first is null)
                {
                    first = plan;
                }
                else
                {
                    (movers ??= new List<IndicatorPlan> { first }).Add(plan);
                }
            }
        }

        if (movers is not null)
        {
            foreach (var head in OrderForMoving(movers))
            {
                Move(head);
            }
        }
        else if (first is not null)
        {
            Move(first);
        }
    }

    private void Move(IndicatorPlan head)
    {
        var fallback = head.Definition.Fallback!;
        var amount = 0m;
        foreach (var leaf in head.Leaves)
        {
            amount += EffectiveOf(leaf);
        }

        switch (fallback.Kind)
        {
            case FallbackKind.MoveTo:
            {
                var target = rules.All[head.FallbackTarget];
                if (HeadOf(target) is null && !HasAssessedLeaf(target))
                {
                    ReportNothingAssessedAt(head, target);
                    return;
                }

                Distribute(amount, target);
                (moves ??= new List<WeightMove>()).Add(new WeightMove(head.Id, target.Id, amount));
                break;
            }

            case FallbackKind.Spread:
            {
                // A sibling group none of whose leaves is assessed has nowhere to put a share; it takes none.
                var siblings = (head.Parent < 0 ? rules.Roots : rules.All[head.Parent].Children).Where(HasAssessedLeaf).ToList();
                if (siblings.Count == 0)
                {
                    ReportNoSiblingAssessed(head);
                    return;
                }

                foreach (var (sibling, share) in Shares(amount, siblings))
                {
                    Distribute(share, sibling);
                    (moves ??= new List<WeightMove>()).Add(new WeightMove(head.Id, sibling.Id, share));
                }

                break;
            }

            default:
                return; // Full marks or zero: the weight stays.
        }

        foreach (var leaf in head.Leaves)
        {
            Effective(leaf) = 0m;
        }
    }

    /// <summary>Gets a leaf's effective weight: its declared weight, unless weight moved onto it or away from it.</summary>
    private decimal EffectiveOf(IndicatorPlan leaf) => effective is null ? leaf.Weight : effective[leaf.Index];

    /// <summary>Gets the slot of a leaf's effective weight, making the slots (each a declared weight) when weight first moves.</summary>
    private ref decimal Effective(IndicatorPlan leaf)
    {
        if (effective is null)
        {
            effective = new decimal[rules.All.Length];
            foreach (var each in rules.Leaves)
            {
                effective[each.Index] = each.Weight;
            }
        }

        return ref effective[leaf.Index];
    }

    private bool HasAssessedLeaf(IndicatorPlan plan)
    {
        foreach (var leaf in plan.Leaves)
        {
            if (HeadOf(leaf) is null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds moved weight to a receiver's leaves (its assessed leaves when it is assessed), in proportion to their
    /// declared weights, so the split does not depend on the order moves are written in.
    /// </summary>
    private void Distribute(decimal amount, IndicatorPlan target)
    {
        if (target.Method is not null)
        {
            Effective(target) += amount;
            return;
        }

        var leaves = HeadOf(target) is null ? target.Leaves.Where(l => HeadOf(l) is null).ToList() : target.Leaves;
        foreach (var (leaf, share) in Shares(amount, leaves))
        {
            Effective(leaf) += share;
        }
    }

    /// <summary>
    /// Splits an amount in proportion to declared weights into shares carrying the rule set's decimals that add up to it
    /// exactly, as <see cref="Rounding.Shares"/> says: each share but the last rounded and the last taking the remainder
    /// (1 over three: 0.33, 0.33, 0.34), or by largest remainder (1 over three: 0.34, 0.33, 0.33).
    /// </summary>
    private List<(IndicatorPlan Plan, decimal Share)> Shares(decimal amount, IReadOnlyList<IndicatorPlan> plans)
    {
        var rounding = Definition.Rounding;
        var basis = plans.Sum(p => p.Weight);
        if (rounding.Shares == ShareRounding.LargestRemainder)
        {
            return LargestRemainder(amount, plans, basis, rounding);
        }

        var shares = new List<(IndicatorPlan Plan, decimal Share)>(plans.Count);
        var given = 0m;
        for (var i = 0; i < plans.Count; i++)
        {
            var share = i == plans.Count - 1 ? amount - given : rounding.Apply(amount * plans[i].Weight / basis);
            given += share;
            shares.Add((plans[i], share));
        }

        return shares;
    }

    /// <summary>
    /// Each exact share cut down to the decimals; the whole units left over go one each to the shares that lost most,
    /// ties in tree order, and any part of a unit left (when the amount has more decimals than the rule set) to the first
    /// of them. Every share is then within one unit of its exact value.
    /// </summary>
    private static List<(IndicatorPlan Plan, decimal Share)> LargestRemainder(decimal amount, IReadOnlyList<IndicatorPlan> plans, decimal basis, Rounding rounding)
    {
        var scale = 1m;
        for (var d = 0; d < rounding.Decimals; d++)
        {
            scale *= 10m;
        }

        var unit = rounding.Apply(1m / scale);
        var shares = new decimal[plans.Count];
        var remainders = new decimal[plans.Count];
        var given = 0m;
        for (var i = 0; i < plans.Count; i++)
        {
            var exact = amount * plans[i].Weight / basis;
            shares[i] = rounding.Apply(decimal.Floor(exact * scale) / scale);
            remainders[i] = exact - shares[i];
            given += shares[i];
        }

        // OrderByDescending is stable, so equal remainders keep tree order.
        var order = Enumerable.Range(0, plans.Count).OrderByDescending(i => remainders[i]).ToList();
        var leftover = amount - given;
        var units = (int)Math.Min(plans.Count, decimal.Floor(leftover * scale));
        for (var j = 0; j < units; j++)
        {
            shares[order[j]] += unit;
        }

        shares[order[0]] += leftover - (units * unit);
        var result = new List<(IndicatorPlan Plan, decimal Share)>(plans.Count);
        for (var i = 0; i < plans.Count; i++)
        {
            result.Add((plans[i], shares[i]));
        }

        return result;
    }

    private List<IndicatorPlan> OrderForMoving(List<IndicatorPlan> movers)
    {
        // A head whose move lands on (or inside) another not-assessed head must go first.
        var ordered = new List<IndicatorPlan>(movers.Count);
        var remaining = new List<IndicatorPlan>(movers);
        var ready = new List<IndicatorPlan>();
        while (remaining.Count > 0)
        {
            ready.Clear();
            foreach (var head in remaining)
            {
                var waits = false;
                foreach (var other in remaining)
                {
                    if (other != head && other.FallbackTarget >= 0 && heads![other.FallbackTarget] == head)
                    {
                        waits = true;
                        break;
                    }
                }

                if (!waits)
                {
                    ready.Add(head);
                }
            }

            if (ready.Count == 0)
            {
                ready.Add(remaining[0]); // A cycle: validation reports it; move in tree order.
            }

            foreach (var head in ready)
            {
                ordered.Add(head);
                remaining.Remove(head);
            }
        }

        return ordered;
    }
}
