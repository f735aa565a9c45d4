using PerfEval.Inputs;

namespace PerfEval.Guangdong;

/// <summary>Government procurement figures (政府采购, 万元).</summary>
public sealed record ProcurementFigures
{
    /// <summary>Gets the actual procurement (实际采购数).</summary>
    [Input("procurement_actual")]
    public decimal Actual { get; init; }

    /// <summary>Gets the procurement budget, or <see langword="null"/> when the report does not state it.</summary>
    [Input("procurement_budget")]
    public decimal? Budget { get; init; }

    /// <summary>Gets a value indicating whether actual procurement exceeded the budget, as the report states.</summary>
    [Input("procurement_exceeds_budget")]
    public bool ExceedsBudget { get; init; }
}
