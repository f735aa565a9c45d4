namespace PerfEval.Rules;

/// <summary>
/// The evaluator gives the score in the input with a written reason; the score must lie in [0, weight].
/// </summary>
internal sealed class JudgementMethod : ScoringMethod
{
    internal JudgementMethod(string? criteria, string? note, SourcePosition position)
        : base(note, position)
    {
        Criteria = criteria;
    }

    /// <inheritdoc />
    public override string Kind => "judgement";

    /// <summary>Gets what the evaluator judges, in the notice's words, or <see langword="null"/>.</summary>
    public string? Criteria { get; }
}
