using PerfEval.Rules;

namespace PerfEval.Results;

/// <summary>The band a measured value fell in: its bounds, the unit of the value, and the points it awards.</summary>
public sealed class BandHit
{
    internal BandHit(NumericRange range, decimal points, string? unit)
    {
        Range = range.ToString();
        Lower = range.Lower;
        LowerInclusive = range.LowerInclusive;
        Upper = range.Upper;
        UpperInclusive = range.UpperInclusive;
        Points = points;
        Unit = unit;
    }

    /// <summary>Gets the band's range in interval notation, e.g. <c>[0.8, 0.9)</c>.</summary>
    public string Range { get; }

    /// <summary>Gets the lower bound, or <see langword="null"/> when the band has none.</summary>
    public decimal? Lower { get; }

    /// <summary>Gets a value indicating whether the lower bound belongs to the band (<c>gte</c> rather than <c>gt</c>).</summary>
    public bool LowerInclusive { get; }

    /// <summary>Gets the upper bound, or <see langword="null"/> when the band has none.</summary>
    public decimal? Upper { get; }

    /// <summary>Gets a value indicating whether the upper bound belongs to the band (<c>lte</c> rather than <c>lt</c>).</summary>
    public bool UpperInclusive { get; }

    /// <summary>
    /// Gets the unit of the banded value when it is one input or metric that declares one (<c>ratio</c>, 万元), else
    /// <see langword="null"/>.
    /// </summary>
    public string? Unit { get; }

    /// <summary>Gets the points the band awards.</summary>
    public decimal Points { get; }
}
