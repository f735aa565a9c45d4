namespace PerfEval.Results;

/// <summary>The band a measured value fell in, and the points it awards.</summary>
public sealed class BandHit
{
    internal BandHit(string range, decimal points)
    {
        Range = range;
        Points = points;
    }

    /// <summary>Gets the band's range in interval notation, e.g. <c>[0.8, 0.9)</c>.</summary>
    public string Range { get; }

    /// <summary>Gets the points the band awards.</summary>
    public decimal Points { get; }
}
