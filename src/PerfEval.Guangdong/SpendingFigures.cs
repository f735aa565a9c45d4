using PerfEval.Inputs;

namespace PerfEval.Guangdong;

/// <summary>Spending figures (万元).</summary>
public sealed record SpendingFigures
{
    /// <summary>Gets 实际支出.</summary>
    [Input("actual_spending")]
    public decimal Actual { get; init; }

    /// <summary>Gets 基本经费支出.</summary>
    [Input("basic_spending")]
    public decimal Basic { get; init; }

    /// <summary>Gets 项目支出.</summary>
    [Input("project_spending")]
    public decimal Project { get; init; }
}
