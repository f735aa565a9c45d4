using PerfEval.Rules;

namespace PerfEval.Results;

/// <summary>
/// One row of a project's indicator table as scored: the row as the project wrote it, the rule (or qualitative grade)
/// that scored it, and its score, rounded to the rule set's decimals. A group's score is the sum of its rows' scores.
/// </summary>
/// <threadsafety>Immutable: safe to share across threads.</threadsafety>
public sealed class RowResult
{
    internal RowResult(int number, string level2, string name, decimal points)
    {
        Number = number;
        Level2 = level2;
        Name = name;
        Points = points;
    }

    /// <summary>Gets the row's 1-based place in the input's rows.</summary>
    public int Number { get; }

    /// <summary>Gets the second-level indicator (二级指标), the row's kind.</summary>
    public string Level2 { get; }

    /// <summary>Gets the third-level indicator (三级指标).</summary>
    public string Name { get; }

    /// <summary>Gets the row's points (分值).</summary>
    public decimal Points { get; }

    /// <summary>Gets the target (年度指标值) as written, or <see langword="null"/>.</summary>
    public string? Target { get; internal init; }

    /// <summary>Gets the actual (实际完成值) as written, or <see langword="null"/>.</summary>
    public string? Actual { get; internal init; }

    /// <summary>Gets whether the row is assessed; one that is not scores 0 and, by its group's fallback, may drop out of the total.</summary>
    public bool Applies { get; internal init; } = true;

    /// <summary>Gets the name of the rule that scored a quantitative row (<c>proportional</c>, …), or <see langword="null"/>.</summary>
    public string? Rule { get; internal init; }

    /// <summary>Gets how the row was scored, or <see langword="null"/> for a row not assessed.</summary>
    public RowMethod? Method { get; internal init; }

    /// <summary>Gets the grade of a qualitative row, or <see langword="null"/>.</summary>
    public string? Grade { get; internal init; }

    /// <summary>Gets the row's score, rounded to the rule set's decimals.</summary>
    public decimal Score { get; internal init; }

    /// <summary>Gets the score before rounding, or <see langword="null"/> for a row not assessed.</summary>
    public decimal? RawScore { get; internal init; }

    /// <summary>Gets the score the project filled in, or <see langword="null"/>; for a quantitative row it is checked, never used.</summary>
    public decimal? GivenScore { get; internal init; }

    /// <summary>Gets the written reason for a shortfall (偏差原因分析及改进措施), or <see langword="null"/>.</summary>
    public string? Reason { get; internal init; }

    /// <summary>Gets the 1-based line the row was read from, or 0.</summary>
    public int Line { get; internal init; }

    /// <summary>Gets the 1-based column the row was read from, or 0.</summary>
    public int Column { get; internal init; }
}
