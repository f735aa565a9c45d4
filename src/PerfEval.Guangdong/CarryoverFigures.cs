using PerfEval.Inputs;

namespace PerfEval.Guangdong;

/// <summary>Carry-over and balance figures (结转结余, 万元).</summary>
public sealed record CarryoverFigures
{
    /// <summary>Gets 年末财政拨款结转和结余决算数.</summary>
    [Input("carryover_year_end")]
    public decimal YearEnd { get; init; }

    /// <summary>Gets 年初财政拨款结转和结余收入决算数.</summary>
    [Input("carryover_opening")]
    public decimal Opening { get; init; }

    /// <summary>Gets 一般公共预算财政拨款决算数.</summary>
    [Input("general_budget_appropriation")]
    public decimal GeneralBudgetAppropriation { get; init; }

    /// <summary>Gets 政府性基金预算财政拨款决算数.</summary>
    [Input("fund_budget_appropriation")]
    public decimal FundBudgetAppropriation { get; init; }
}
