using System.Collections.Generic;

namespace PerfEval.Results;

/// <summary>How a receiving indicator's score was scaled by weight moved onto it: raw × effective weight / weight.</summary>
public sealed class WeightScaling
{
    internal WeightScaling(decimal raw, decimal effectiveWeight, decimal weight, decimal scaled, IReadOnlyList<WeightMove> received)
    {
        Raw = raw;
        EffectiveWeight = effectiveWeight;
        Weight = weight;
        Scaled = scaled;
        Received = received;
    }

    /// <summary>Gets the method's score on the declared weight.</summary>
    public decimal Raw { get; }

    /// <summary>Gets the effective weight, unrounded.</summary>
    public decimal EffectiveWeight { get; }

    /// <summary>Gets the declared weight.</summary>
    public decimal Weight { get; }

    /// <summary>Gets the scaled score, before rounding.</summary>
    public decimal Scaled { get; }

    /// <summary>Gets the moves that landed on the indicator or on a group it belongs to (then it received a share).</summary>
    public IReadOnlyList<WeightMove> Received { get; }
}
