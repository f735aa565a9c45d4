using System;
using System.Collections.Generic;
using System.Linq;
using PerfEval.Inputs;

namespace PerfEval.Guangdong;

/// <summary>
/// The figures of a Guangdong county department's overall-expenditure self-evaluation report (部门整体支出绩效自评报告),
/// named for the inputs of the Guangdong county rule sets (e.g. <c>rules/yangxi-2023.yaml</c>). Amounts are in 万元.
/// Bind it with <see cref="InputBinder.Bind{T}(T)"/>.
/// </summary>
public sealed record CountyDepartmentReport
{
    /// <summary>Gets the unit evaluated, e.g. 阳西县土地储备和城市更新事务中心.</summary>
    [InputSubject]
    public string? Unit { get; init; }

    /// <summary>Gets the budget figures.</summary>
    public BudgetFigures Budget { get; init; } = new();

    /// <summary>Gets the spending figures.</summary>
    public SpendingFigures Spending { get; init; } = new();

    /// <summary>Gets the carry-over figures.</summary>
    public CarryoverFigures Carryover { get; init; } = new();

    /// <summary>Gets the government procurement figures.</summary>
    public ProcurementFigures Procurement { get; init; } = new();

    /// <summary>Gets the “三公” expenses.</summary>
    public ThreePublicExpenses ThreePublic { get; init; } = new();

    /// <summary>Gets the public operating expenses (公用经费).</summary>
    public OperatingExpenses Operating { get; init; } = new();

    /// <summary>Gets the petitions (信访) handled.</summary>
    public PetitionFigures Petitions { get; init; } = new();

    /// <summary>Gets a value indicating whether the unit made transfer payments (转移支付).</summary>
    [Input("has_transfer_payments")]
    public bool HasTransferPayments { get; init; }

    /// <summary>Gets a value indicating whether the unit has subordinate units (下属单位).</summary>
    [Input("has_subordinate_units")]
    public bool HasSubordinateUnits { get; init; }

    /// <summary>Gets a value indicating whether the department budget was published (部门预算公开).</summary>
    [Input("budget_disclosed")]
    public bool BudgetDisclosed { get; init; }

    /// <summary>Gets a value indicating whether the final accounts were published (部门决算公开).</summary>
    [Input("final_accounts_disclosed")]
    public bool FinalAccountsDisclosed { get; init; }

    /// <summary>Gets a value indicating whether fixed-asset utilisation reached 90 % (固定资产利用率).</summary>
    [Input("fixed_asset_utilization_at_least_90")]
    public bool FixedAssetUtilizationAtLeast90 { get; init; }

    /// <summary>Gets the quantified work targets; they bind as <c>work_target_count</c> and <c>work_targets_met</c>.</summary>
    [InputIgnore]
    public IReadOnlyList<WorkTarget> WorkTargets { get; init; } = Array.Empty<WorkTarget>();

    /// <summary>Gets the number of quantified work targets.</summary>
    [Input("work_target_count")]
    public int WorkTargetCount => WorkTargets.Count;

    /// <summary>Gets the number of work targets met.</summary>
    [Input("work_targets_met")]
    public int WorkTargetsMet => WorkTargets.Count(t => t.IsMet);

    /// <summary>Gets the evaluator's judgement scores with reasons, by indicator id.</summary>
    public IReadOnlyDictionary<string, Judgement> Judgements { get; init; } = new Dictionary<string, Judgement>();
}
