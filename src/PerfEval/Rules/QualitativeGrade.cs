using System.Collections.Generic;

namespace PerfEval.Rules;

/// <summary>
/// A grade of a qualitative row (全部或基本达成预期指标, …): the share of the row's points its score may take, and the
/// actual phrases that mean it (e.g. 达成预期指标). Declared under <c>qualitative_grades</c> (format 1.1).
/// </summary>
internal sealed class QualitativeGrade
{
    public QualitativeGrade(string label, NumericRange share, IReadOnlyList<string> phrases, string? note, SourcePosition position)
    {
        Label = label;
        Share = share;
        Phrases = phrases;
        Note = note;
        Position = position;
    }

    public string Label { get; }

    /// <summary>Gets the share of the row's points (0 to 1) a score of this grade lies in.</summary>
    public NumericRange Share { get; }

    public IReadOnlyList<string> Phrases { get; }

    public string? Note { get; }

    public SourcePosition Position { get; }
}
