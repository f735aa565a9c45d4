using PerfEval.Inputs;

namespace PerfEval.Guangdong;

/// <summary>The “三公” expenses funded by fiscal appropriation (万元).</summary>
public sealed record ThreePublicExpenses
{
    /// <summary>Gets the budget in all.</summary>
    [Input("three_public_budget")]
    public decimal Budget { get; init; }

    /// <summary>Gets the budget for official reception (公务接待费).</summary>
    [Input("reception_budget")]
    public decimal ReceptionBudget { get; init; }

    /// <summary>Gets the budget for official vehicles (公务用车购置及运行维护费).</summary>
    [Input("vehicle_budget")]
    public decimal VehicleBudget { get; init; }

    /// <summary>Gets the actual spending in all (决算数).</summary>
    [Input("three_public_actual")]
    public decimal Actual { get; init; }

    /// <summary>Gets the actual spending on official reception.</summary>
    [Input("reception_actual")]
    public decimal ReceptionActual { get; init; }

    /// <summary>Gets the actual spending on official vehicles.</summary>
    [Input("vehicle_actual")]
    public decimal VehicleActual { get; init; }
}
