using System.Collections.Generic;

namespace PerfEval.Rules;

/// <summary>So many points per criterion met; the criteria's points add up to the indicator's weight.</summary>
internal sealed class ChecklistMethod : ScoringMethod
{
    internal ChecklistMethod(IReadOnlyList<ChecklistCriterion> criteria, string? note, SourcePosition position)
        : base(note, position)
    {
        Criteria = criteria;
    }

    /// <inheritdoc />
    public override string Kind => "checklist";

    /// <summary>Gets the criteria.</summary>
    public IReadOnlyList<ChecklistCriterion> Criteria { get; }
}
