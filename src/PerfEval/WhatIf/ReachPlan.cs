using System.Collections.Generic;

namespace PerfEval.WhatIf;

/// <summary>
/// The combination that reaches a target with the fewest indicators changed: each change within its input's declared
/// range and tightened to the fewest steps the target needs given the others, and the rescored outcome of making them all.
/// </summary>
public sealed class ReachPlan
{
    internal ReachPlan(IReadOnlyList<ProposedChange> changes, WhatIfResult outcome)
    {
        Changes = changes;
        Outcome = outcome;
    }

    /// <summary>Gets the changes, one per indicator changed; empty when the target is already reached.</summary>
    public IReadOnlyList<ProposedChange> Changes { get; }

    /// <summary>Gets the input rescored with every change made: both scorecards and what moved.</summary>
    public WhatIfResult Outcome { get; }
}
