using PerfEval.Rules;

namespace PerfEval.Results;

/// <summary>A deduction counted: how far the measured value lies beyond its threshold, in units, and the points taken off.</summary>
public sealed class DeductionCount
{
    internal DeductionCount(DeductionDirection direction, decimal threshold, decimal beyond, decimal per, DeductionCounting counting, decimal units, decimal pointsPerUnit, decimal deducted, bool floored)
    {
        Direction = direction;
        Threshold = threshold;
        Beyond = beyond;
        Per = per;
        Counting = counting;
        Units = units;
        PointsPerUnit = pointsPerUnit;
        Deducted = deducted;
        Floored = floored;
    }

    /// <summary>Gets whether points are deducted above or below the threshold.</summary>
    public DeductionDirection Direction { get; }

    /// <summary>Gets the threshold.</summary>
    public decimal Threshold { get; }

    /// <summary>Gets how far the value lies beyond the threshold (zero or less: nothing deducted).</summary>
    public decimal Beyond { get; }

    /// <summary>Gets the size of one unit.</summary>
    public decimal Per { get; }

    /// <summary>Gets how units are counted: in proportion, whole units only, or every unit started.</summary>
    public DeductionCounting Counting { get; }

    /// <summary>Gets the units counted.</summary>
    public decimal Units { get; }

    /// <summary>Gets the points deducted per unit.</summary>
    public decimal PointsPerUnit { get; }

    /// <summary>Gets the points deducted: <see cref="Units"/> × <see cref="PointsPerUnit"/>.</summary>
    public decimal Deducted { get; }

    /// <summary>Gets a value indicating whether the deduction reached the weight, so the score stopped at 0.</summary>
    public bool Floored { get; }
}
