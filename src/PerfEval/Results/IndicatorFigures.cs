namespace PerfEval.Results;

/// <summary>
/// One indicator's figures in a scorecard, in the slot of its tree-order index. The evaluation writes them once, in
/// order (scores while scoring, then weights and status when the scorecard is made), and hands the array to the
/// <see cref="Scorecard"/>, which never changes it; <see cref="IndicatorScore"/> reads them. Explanations, when built,
/// are a table of their own (<see cref="Scorecard.Explanations"/>), so a scorecard of numbers carries no slot for them.
/// </summary>
internal struct IndicatorFigures
{
#pragma warning disable CA1051, SA1401 // A row of the scorecard's table, written in place by the evaluation.
    /// <summary>The rounded score; a group's is the sum of its children's.</summary>
    public decimal Score;

    /// <summary>The weight after fallbacks, rounded as shown.</summary>
    public decimal EffectiveWeight;

    public IndicatorStatus Status;
#pragma warning restore CA1051, SA1401
}
