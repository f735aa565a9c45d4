using System.Collections.Generic;
using PerfEval.Results;

namespace PerfEval.WhatIf;

/// <summary>
/// What it would take to reach a grade or a total: the points needed, every indicator that lost points with the
/// changes that would recover them, and the combination that reaches the target with the fewest indicators changed.
/// Plain immutable data.
/// </summary>
/// <threadsafety>Immutable: safe to read from many threads at once.</threadsafety>
public sealed class ReachResult
{
    internal ReachResult(Scorecard before, ReachTarget target, decimal targetTotal, IReadOnlyList<LostPoints> indicators, ReachPlan? plan)
    {
        Before = before;
        Target = target;
        TargetTotal = targetTotal;
        Indicators = indicators;
        Plan = plan;
    }

    /// <summary>Gets the scorecard of the input as given.</summary>
    public Scorecard Before { get; }

    /// <summary>Gets the target.</summary>
    public ReachTarget Target { get; }

    /// <summary>Gets the lowest total that meets the target: the total asked for, or the lowest total of the grade's band.</summary>
    public decimal TargetTotal { get; }

    /// <summary>Gets the points the total needs: <see cref="TargetTotal"/> less the total now, or 0 when already reached.</summary>
    public decimal PointsNeeded => IsReached ? 0m : TargetTotal - Before.Total;

    /// <summary>Gets a value indicating whether the input as given already meets the target.</summary>
    public bool IsReached => Before.Total >= TargetTotal;

    /// <summary>Gets every scored indicator that lost points, in tree order.</summary>
    public IReadOnlyList<LostPoints> Indicators { get; }

    /// <summary>
    /// Gets the combination that reaches the target with the fewest indicators changed (no change when already reached),
    /// or <see langword="null"/> when no combination of changes within the declared ranges reaches it.
    /// </summary>
    public ReachPlan? Plan { get; }

    /// <summary>Gets a value indicating whether the target can be reached (or already is).</summary>
    public bool IsReachable => Plan is not null;
}
