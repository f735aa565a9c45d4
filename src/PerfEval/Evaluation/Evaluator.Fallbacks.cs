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
            if (heads[plan.Index] == plan)
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
                if (heads[target.Index] is null && !HasAssessedLeaf(target))
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
            effective = new decimal[heads.Length];
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
            if (heads[leaf.Index] is null)
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

        var leaves = heads[target.Index] is null ? target.Leaves.Where(l => heads[l.Index] is null).ToList() : target.Leaves;
        foreach (var (leaf, share) in Shares(amount, leaves))
        {
            Effective(leaf) += share;
        }
    }

    /// <summary>
    /// Splits an amount in proportion to declared weights, each share but the last rounded to the rule set's decimals
    /// and the last taking the remainder: the shares add up exactly and every effective weight is shown as it is
    /// (1 over three: 0.33, 0.33, 0.34).
    /// </summary>
    private IEnumerable<(IndicatorPlan Plan, decimal Share)> Shares(decimal amount, IReadOnlyList<IndicatorPlan> plans)
    {
        var basis = plans.Sum(p => p.Weight);
        var given = 0m;
        for (var i = 0; i < plans.Count; i++)
        {
            var share = i == plans.Count - 1 ? amount - given : Definition.Rounding.Apply(amount * plans[i].Weight / basis);
            given += share;
            yield return (plans[i], share);
        }
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
                    if (other != head && other.FallbackTarget >= 0 && heads[other.FallbackTarget] == head)
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
