namespace PerfEval.Rules;

/// <summary>
/// The score is an NCalc expression, e.g. <c>weight * Min(1, execution_rate)</c>; <c>weight</c> is the indicator's declared weight.
/// </summary>
internal sealed class FormulaMethod : ScoringMethod
{
    internal FormulaMethod(FormulaText score, string? note, SourcePosition position)
        : base(note, position)
    {
        Score = score;
    }

    /// <inheritdoc />
    public override string Kind => "formula";

    /// <summary>Gets the expression giving the score.</summary>
    public FormulaText Score { get; }
}
