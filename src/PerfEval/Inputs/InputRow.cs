using System;

namespace PerfEval.Inputs;

/// <summary>
/// One row of a project's indicator table (项目支出绩效自评表) as the project brings it: the third-level indicator with
/// its first- and second-level names, its points, its target and actual as written, and, for a qualitative row, the
/// grade chosen and the score given. The rule set's <c>rows</c> group that <see cref="Level1"/> names scores it.
/// </summary>
/// <remarks>
/// The texts are kept as written; they are read (<see cref="RowFigures"/>) when the input is bound to a rule set, so
/// a target the rule set cannot read is an error at the row, before anything is scored.
/// </remarks>
/// <threadsafety>Immutable: safe to share across threads.</threadsafety>
public sealed class InputRow
{
    /// <summary>Initializes a new row.</summary>
    /// <param name="level1">The first-level indicator (一级指标), as the rule set names its rows group: 产出指标.</param>
    /// <param name="level2">The second-level indicator (二级指标), one of the group's kinds: 数量指标.</param>
    /// <param name="name">The third-level indicator (三级指标), the project's own.</param>
    /// <param name="points">The row's points (分值).</param>
    /// <exception cref="ArgumentNullException">A name is <see langword="null"/>.</exception>
    public InputRow(string level1, string level2, string name, decimal points)
    {
        Guard.NotNull(level1);
        Guard.NotNull(level2);
        Guard.NotNull(name);
        Level1 = level1;
        Level2 = level2;
        Name = name;
        Points = points;
    }

    /// <summary>Gets the first-level indicator (一级指标).</summary>
    public string Level1 { get; }

    /// <summary>Gets the second-level indicator (二级指标).</summary>
    public string Level2 { get; }

    /// <summary>Gets the third-level indicator (三级指标).</summary>
    public string Name { get; }

    /// <summary>Gets the row's points (分值).</summary>
    public decimal Points { get; }

    /// <summary>Gets the target (年度指标值) as written, such as <c>≥50个</c> or <c>达成预期指标</c>.</summary>
    public string? Target { get; init; }

    /// <summary>Gets the actual (实际完成值) as written, such as <c>51个</c>.</summary>
    public string? Actual { get; init; }

    /// <summary>Gets the grade chosen for a qualitative row, one of the rule set's <c>qualitative_grades</c> labels.</summary>
    public string? Grade { get; init; }

    /// <summary>
    /// Gets the score given: required for a qualitative row, within its grade's range; for a quantitative row, the score
    /// the unit filled in, which is checked against the rule's and never used in its place.
    /// </summary>
    public decimal? Score { get; init; }

    /// <summary>Gets the written reason (偏差原因分析及改进措施), needed when the row scores below its points.</summary>
    public string? Reason { get; init; }

    /// <summary>
    /// Gets whether the row is assessed. <value>Defaults to <see langword="true"/>; a row that is not (不考核) follows its
    /// group's <c>fallback</c>.</value>
    /// </summary>
    public bool Applies { get; init; } = true;

    /// <summary>Gets the 1-based line the row was read from, or 0.</summary>
    public int Line { get; init; }

    /// <summary>Gets the 1-based column the row was read from, or 0.</summary>
    public int Column { get; init; }

    /// <summary>Gets the workbook sheet the row was read from, or <see langword="null"/> when it was not read from a workbook.</summary>
    public string? Sheet { get; init; }

    /// <summary>Gets the cell the row was read from (its 三级指标 cell, such as <c>C5</c>), or <see langword="null"/>.</summary>
    public string? Cell { get; init; }

    /// <inheritdoc/>
    public override string ToString() => Level1 + "/" + Level2 + "/" + Name;
}
