namespace PerfEval.Rules;

/// <summary>One band of a <see cref="BandsMethod"/>: a range of the value and the points it earns.</summary>
internal sealed class Band
{
    internal Band(NumericRange range, decimal points, string? note, SourcePosition position)
    {
        Range = range;
        Points = points;
        Note = note;
        Position = position;
    }

    /// <summary>Gets the values that fall in this band.</summary>
    public NumericRange Range { get; }

    /// <summary>Gets the points awarded (on the declared weight).</summary>
    public decimal Points { get; }

    /// <summary>Gets the author's note.</summary>
    public string? Note { get; }

    /// <summary>Gets where the band was written.</summary>
    public SourcePosition Position { get; }
}
