using PerfEval.Compilation;

namespace PerfEval.Evaluation;

/// <summary>
/// One indicator's figures in one evaluation, in the slot of its <see cref="IndicatorPlan.Index"/>. Effective weights
/// are kept apart, and only once weight moves (<see cref="Evaluator"/>): most evaluations move none.
/// </summary>
internal struct IndicatorLine
{
    /// <summary>A scored leaf's raw score on its declared weight.</summary>
    public decimal Raw;

    /// <summary>A leaf's rounded score, after any scaling or fallback.</summary>
    public decimal Score;

    /// <summary>The outermost indicator at or above this one that is not assessed, whose fallback decides its fate; <see langword="null"/> when assessed.</summary>
    public IndicatorPlan? Head;

    /// <summary>Whether weight moved onto this leaf.</summary>
    public bool Received;

    /// <summary>Whether the indicator, or one above it, has a condition that could not be decided (an error).</summary>
    public bool Undecided;

    /// <summary>Gets a value indicating whether the indicator is assessed: neither it nor one it belongs to has a false condition.</summary>
    public readonly bool Assessed => Head is null;
}
