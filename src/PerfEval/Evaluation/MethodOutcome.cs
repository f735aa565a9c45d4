namespace PerfEval.Evaluation;

/// <summary>
/// How a method reached a raw score on the declared weight, for the scorecard once it is read: the texts as functions of
/// the evaluation's (by then fixed) values, written only if someone reads them.
/// </summary>
internal sealed class MethodOutcome
{
    public MethodOutcome(decimal raw, string? formula, System.Func<string?>? substituted, System.Func<string?>? explanation, string? reason = null)
    {
        Raw = raw;
        Formula = formula;
        Substituted = substituted;
        Explanation = explanation;
        Reason = reason;
    }

    public decimal Raw { get; }

    public string? Formula { get; }

    public System.Func<string?>? Substituted { get; }

    public System.Func<string?>? Explanation { get; }

    public string? Reason { get; }
}
