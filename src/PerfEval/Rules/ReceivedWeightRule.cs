namespace PerfEval.Rules;

/// <summary>How an assessed indicator scores when weight moved onto it (a <c>move_to</c> or <c>spread</c> fallback elsewhere).</summary>
public enum ReceivedWeightRule
{
    /// <summary>
    /// The whole score scales by effective weight / declared weight, points lost too (YAML <c>scale</c>, the default):
    /// 4.83 of 5, with 2 received, scores 4.83 × 7 / 5 = 6.76.
    /// </summary>
    Scale,

    /// <summary>
    /// The effective weight less the points lost on the declared weight, never below zero (YAML <c>keep_deduction</c>):
    /// 4.83 of 5, with 2 received, scores 7 − (5 − 4.83) = 6.83.
    /// </summary>
    KeepDeduction,
}
