namespace PerfEval.Rules;

/// <summary>
/// How a leaf indicator is scored. Each method is one small sealed type: <see cref="FormulaMethod"/>,
/// <see cref="BandsMethod"/>, <see cref="DeductionMethod"/>, <see cref="ChecklistMethod"/>, <see cref="PassFailMethod"/>,
/// <see cref="JudgementMethod"/> and <see cref="AlternativesMethod"/>.
/// </summary>
internal abstract class ScoringMethod
{
    private protected ScoringMethod(string? note, SourcePosition position)
    {
        Note = note;
        Position = position;
    }

    /// <summary>Gets the method's YAML key, e.g. <c>formula</c> or <c>bands</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>Gets the author's note (e.g. "assumed: not stated in the source").</summary>
    public string? Note { get; }

    /// <summary>Gets where the method was written.</summary>
    public SourcePosition Position { get; }

    /// <summary>Describes the method on one line, e.g. <c>bands on carryover_rate: [0, 0.05] → 2; …</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Comparison.RuleSetComparer.Describe(this);
}
