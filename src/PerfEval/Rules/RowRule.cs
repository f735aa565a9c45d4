namespace PerfEval.Rules;

/// <summary>
/// A named scoring rule for the rows of a project form, written once under <c>row_rules</c> (or built in:
/// <c>proportional</c>, <c>inverse</c>, <c>exact</c>) and named by the row groups that use it.
/// </summary>
internal sealed class RowRule
{
    private static readonly SourcePosition BuiltInPosition = new("(built in)", 0, 0);

    /// <summary>The rules every rule set has without declaring them, by name.</summary>
    public static readonly RowRule[] BuiltIn =
    {
        new("proportional", RowMethod.Proportional, null, null, DeductionCounting.Exact, 0m, null, BuiltInPosition),
        new("inverse", RowMethod.Inverse, null, null, DeductionCounting.Exact, 0m, null, BuiltInPosition),
        new("exact", RowMethod.Exact, null, null, DeductionCounting.Exact, 0m, null, BuiltInPosition),
    };

    public RowRule(string name, RowMethod kind, decimal? step, decimal? points, DeductionCounting counting, decimal tolerance, string? note, SourcePosition position)
    {
        Name = name;
        Kind = kind;
        Step = step;
        Points = points;
        Counting = counting;
        Tolerance = tolerance;
        Note = note;
        Position = position;
    }

    public string Name { get; }

    public RowMethod Kind { get; }

    /// <summary>Gets the excess per deduction, as a share of the target (0.1: each 10 % over), for <see cref="RowMethod.DeductExcess"/>.</summary>
    public decimal? Step { get; }

    /// <summary>Gets the points taken off per <see cref="Step"/>, for <see cref="RowMethod.DeductExcess"/>.</summary>
    public decimal? Points { get; }

    /// <summary>Gets how steps of excess are counted (exact fractions, whole steps, steps begun).</summary>
    public DeductionCounting Counting { get; }

    /// <summary>Gets how far from the target, in the target's unit, still counts as met, for <see cref="RowMethod.Exact"/>.</summary>
    public decimal Tolerance { get; }

    public string? Note { get; }

    public SourcePosition Position { get; }
}
