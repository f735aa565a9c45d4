using System.Collections.Generic;
using PerfEval.Comparison;
using PerfEval.Rules;

namespace PerfEval.WhatIf;

/// <summary>
/// One change that recovers an indicator's points: the input (or, for a judgement indicator, the judgement's score)
/// moved the fewest steps of the rule set's decimals that do it, whether that stays in the input's declared range,
/// the points it recovers, and what it does to other indicators that read the same input. Plain immutable data.
/// </summary>
public sealed class ProposedChange
{
    internal ProposedChange(string indicatorId, InputChange change, bool withinRange, NumericRange? range, decimal step, decimal pointsRecovered, decimal totalChange, IReadOnlyList<ScoreChange> sideEffects)
    {
        IndicatorId = indicatorId;
        Change = change;
        WithinRange = withinRange;
        Range = range;
        Step = step;
        PointsRecovered = pointsRecovered;
        TotalChange = totalChange;
        SideEffects = sideEffects;
    }

    /// <summary>Gets the indicator whose points the change recovers.</summary>
    public string IndicatorId { get; }

    /// <summary>Gets the change: the input (or judgement) with its value now and the value proposed.</summary>
    public InputChange Change { get; }

    /// <summary>Gets a value indicating whether the proposed value lies in the input's declared range (a judgement's: 0 to the indicator's weight).</summary>
    public bool WithinRange { get; }

    /// <summary>Gets the input's declared range, or <see langword="null"/> for a condition, a choice or an unbounded input.</summary>
    public NumericRange? Range { get; }

    /// <summary>Gets the step the search moved the value by: one unit of the rule set's decimals (0.01), or 1 for a whole number; 0 for a condition or a choice.</summary>
    public decimal Step { get; }

    /// <summary>Gets the points the indicator gains with this change alone.</summary>
    public decimal PointsRecovered { get; }

    /// <summary>Gets how much the total moves with this change alone, side effects included.</summary>
    public decimal TotalChange { get; }

    /// <summary>Gets the other leaf indicators whose score this change moves (they read the same input); empty when none.</summary>
    public IReadOnlyList<ScoreChange> SideEffects { get; }
}
