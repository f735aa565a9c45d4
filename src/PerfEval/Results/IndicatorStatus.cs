namespace PerfEval.Results;

/// <summary>What happened to an indicator in one evaluation.</summary>
public enum IndicatorStatus
{
    /// <summary>Assessed and scored (possibly on a weight raised by a fallback).</summary>
    Scored,

    /// <summary>Not assessed; its weight stayed and it was awarded full marks or zero by its fallback.</summary>
    NotAssessed,

    /// <summary>Not assessed; its weight was redistributed to other indicators (see <see cref="Scorecard.WeightMoves"/>).</summary>
    Redistributed,
}
