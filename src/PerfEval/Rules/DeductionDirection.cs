namespace PerfEval.Rules;

/// <summary>Which side of the threshold costs points.</summary>
public enum DeductionDirection
{
    /// <summary>Values above the threshold are deducted for (overspending, violations).</summary>
    Above,

    /// <summary>Values below the threshold are deducted for (a completion rate short of target).</summary>
    Below,
}
