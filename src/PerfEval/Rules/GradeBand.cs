namespace PerfEval.Rules;

/// <summary>One grade band: the total points that earn a grade, and the rule set's label for it.</summary>
public sealed class GradeBand
{
    internal GradeBand(GradeLevel level, string label, NumericRange range, string? note, SourcePosition position)
    {
        Level = level;
        Label = label;
        Range = range;
        Note = note;
        Position = position;
    }

    /// <summary>Gets the grade level.</summary>
    public GradeLevel Level { get; }

    /// <summary>Gets the label, e.g. 优.</summary>
    public string Label { get; }

    /// <summary>Gets the totals that earn this grade.</summary>
    public NumericRange Range { get; }

    /// <summary>Gets the author's note (e.g. an assumption).</summary>
    public string? Note { get; }

    /// <summary>Gets where the band was declared.</summary>
    public SourcePosition Position { get; }
}
