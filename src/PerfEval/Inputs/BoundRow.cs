using PerfEval.Compilation;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Inputs;

/// <summary>
/// A project-table row bound to its rule set: its group, its kind, its figures read, and the rule (or, qualitative, the
/// grade) that scores it. Made by <see cref="RowBinder"/>; a row that is not assessed has no figures.
/// </summary>
internal sealed class BoundRow
{
    public BoundRow(InputRow row, int number, RowsPlan group, RowKind kind, RowFigure? target, RowFigure? actual, RowRule? rule, QualitativeGrade? grade)
    {
        Row = row;
        Number = number;
        Group = group;
        Kind = kind;
        Target = target;
        Actual = actual;
        Rule = rule;
        Grade = grade;
    }

    public InputRow Row { get; }

    /// <summary>Gets the row's 1-based place in the input's <c>rows</c>.</summary>
    public int Number { get; }

    public RowsPlan Group { get; }

    public RowKind Kind { get; }

    public RowFigure? Target { get; }

    public RowFigure? Actual { get; }

    /// <summary>Gets the rule of a quantitative row, or <see langword="null"/>.</summary>
    public RowRule? Rule { get; }

    /// <summary>Gets the grade of a qualitative row, or <see langword="null"/>.</summary>
    public QualitativeGrade? Grade { get; }

    /// <summary>Gets the row's name in messages: 第3行指标（产出指标/数量指标/…）.</summary>
    public DiagnosticMessage Label => RowBinder.Label(Row, Number);
}
