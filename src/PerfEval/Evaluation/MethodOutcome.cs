namespace PerfEval.Evaluation;

/// <summary>What a method produced: the raw score on the declared weight, and how it was reached.</summary>
internal sealed class MethodOutcome
{
    public MethodOutcome(decimal raw, string? formula, string? substituted, string? explanation, string? reason = null)
    {
        Raw = raw;
        Formula = formula;
        Substituted = substituted;
        Explanation = explanation;
        Reason = reason;
    }

    public decimal Raw { get; }

    public string? Formula { get; }

    public string? Substituted { get; }

    public string? Explanation { get; }

    public string? Reason { get; }
}
