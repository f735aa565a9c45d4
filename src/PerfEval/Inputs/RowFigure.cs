namespace PerfEval.Inputs;

/// <summary>
/// One parsed cell of the project table: a target (年度指标值) such as <c>≥50个</c>, or an actual (实际完成值) such as
/// <c>51个</c>; either may instead be a qualitative phrase such as <c>达成预期指标</c>. Made by
/// <see cref="RowFigures"/>; immutable.
/// </summary>
public sealed class RowFigure
{
    internal RowFigure(string text, TargetComparison comparison, decimal? number, string? unit, string? phrase)
    {
        Text = text;
        Comparison = comparison;
        Number = number;
        Unit = unit;
        Phrase = phrase;
    }

    /// <summary>Gets the cell's text as written.</summary>
    public string Text { get; }

    /// <summary>Gets the comparison written with the figure. <value><see cref="TargetComparison.None"/> for a bare figure, an actual or a phrase.</value></summary>
    public TargetComparison Comparison { get; }

    /// <summary>Gets the number, exactly as written (<c>1,000.50</c> is 1000.50), or <see langword="null"/> for a phrase.</summary>
    public decimal? Number { get; }

    /// <summary>
    /// Gets the unit, normalised (<c>％</c> is <c>%</c>, <c>㎡</c> is <c>平方米</c>), or <see langword="null"/> for a
    /// count written without one and for a phrase.
    /// </summary>
    public string? Unit { get; }

    /// <summary>Gets the qualitative phrase, trimmed, or <see langword="null"/> for a number.</summary>
    public string? Phrase { get; }

    /// <summary>Gets a value indicating whether the cell is a qualitative phrase rather than a number.</summary>
    public bool IsQualitative => Phrase is not null;

    /// <summary>Returns the text as written.</summary>
    /// <returns>The cell's text.</returns>
    public override string ToString() => Text;
}
