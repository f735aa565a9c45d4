using System.Collections.Generic;
using PerfEval.Rules;

namespace PerfEval.Results;

/// <summary>Why an indicator was not assessed (its own or an enclosing indicator's condition was false) and where its weight went.</summary>
public sealed class NotAssessedReason
{
    internal NotAssessedReason(string indicatorId, string condition, FallbackKind fallback, string? target, IReadOnlyList<WeightMove> moves)
    {
        IndicatorId = indicatorId;
        Condition = condition;
        Fallback = fallback;
        Target = target;
        Moves = moves;
    }

    /// <summary>Gets the id of the indicator whose condition was false: this one or one it belongs to.</summary>
    public string IndicatorId { get; }

    /// <summary>Gets that indicator's condition (<c>applies_when</c>) as written.</summary>
    public string Condition { get; }

    /// <summary>Gets what its fallback does with the weight.</summary>
    public FallbackKind Fallback { get; }

    /// <summary>Gets the indicator a <c>move_to</c> fallback names, or <see langword="null"/>.</summary>
    public string? Target { get; }

    /// <summary>Gets the moves the fallback made (empty for <c>full_marks</c> and <c>zero</c>).</summary>
    public IReadOnlyList<WeightMove> Moves { get; }
}
