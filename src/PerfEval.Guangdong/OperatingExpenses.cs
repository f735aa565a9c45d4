using PerfEval.Inputs;

namespace PerfEval.Guangdong;

/// <summary>Public operating expenses (公用经费, 万元).</summary>
public sealed record OperatingExpenses
{
    /// <summary>Gets the budget.</summary>
    [Input("operating_budget")]
    public decimal Budget { get; init; }

    /// <summary>Gets the actual spending (决算数).</summary>
    [Input("operating_actual")]
    public decimal Actual { get; init; }
}
