namespace PerfEval.Rules;

/// <summary>Full points when a condition holds, zero when it does not.</summary>
internal sealed class PassFailMethod : ScoringMethod
{
    internal PassFailMethod(FormulaText condition, string? note, SourcePosition position)
        : base(note, position)
    {
        Condition = condition;
    }

    /// <inheritdoc />
    public override string Kind => "pass_fail";

    /// <summary>Gets the boolean expression that earns full points.</summary>
    public FormulaText Condition { get; }
}
