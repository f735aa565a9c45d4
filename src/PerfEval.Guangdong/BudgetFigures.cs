using PerfEval.Inputs;

namespace PerfEval.Guangdong;

/// <summary>Budget figures (万元).</summary>
public sealed record BudgetFigures
{
    /// <summary>Gets 年初预算数.</summary>
    [Input("initial_budget")]
    public decimal Initial { get; init; }

    /// <summary>Gets 全年预算数.</summary>
    [Input("annual_budget")]
    public decimal Annual { get; init; }

    /// <summary>Gets 财政下达预算数.</summary>
    [Input("issued_budget")]
    public decimal Issued { get; init; }
}
