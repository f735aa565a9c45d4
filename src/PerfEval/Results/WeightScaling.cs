using System.Collections.Generic;
using PerfEval.Rules;

namespace PerfEval.Results;

/// <summary>
/// How a receiving indicator's score followed the weight moved onto it, by the rule set's <c>received_weight</c>: raw ×
/// effective weight / weight (<see cref="ReceivedWeightRule.Scale"/>), or effective weight − (weight − raw), never below
/// zero (<see cref="ReceivedWeightRule.KeepDeduction"/>).
/// </summary>
public sealed class WeightScaling
{
    internal WeightScaling(decimal raw, decimal effectiveWeight, decimal weight, decimal scaled, IReadOnlyList<WeightMove> received, ReceivedWeightRule rule)
    {
        Rule = rule;
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

    /// <summary>Gets the rule that applied: the whole score scaled, or the points lost kept as on the declared weight.</summary>
    public ReceivedWeightRule Rule { get; }

    /// <summary>Gets the score on the effective weight by <see cref="Rule"/>, before rounding.</summary>
    public decimal Scaled { get; }

    /// <summary>Gets the moves that landed on the indicator or on a group it belongs to (then it received a share).</summary>
    public IReadOnlyList<WeightMove> Received { get; }
}
