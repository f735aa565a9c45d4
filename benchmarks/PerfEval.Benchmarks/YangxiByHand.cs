using System;
using System.Collections.Generic;

namespace PerfEval.Benchmarks;

/// <summary>
/// The inputs of rules/yangxi-2023.yaml as a plain C# record: every declared input, and the evaluator's judgement
/// scores (reasons are not needed to compute a score). Amounts in 万元.
/// </summary>
public sealed record YangxiInputs
{
    // 预算
    public required decimal InitialBudget { get; init; }

    public required decimal AnnualBudget { get; init; }

    public required decimal IssuedBudget { get; init; }

    // 支出
    public required decimal ActualSpending { get; init; }

    public required decimal BasicSpending { get; init; }

    public required decimal ProjectSpending { get; init; }

    // 结转结余
    public required decimal CarryoverYearEnd { get; init; }

    public required decimal CarryoverOpening { get; init; }

    public required decimal GeneralBudgetAppropriation { get; init; }

    public required decimal FundBudgetAppropriation { get; init; }

    // 政府采购
    public required decimal ProcurementActual { get; init; }

    /// <summary>Gets the procurement budget; optional (the Yangxi 2023 report does not state it).</summary>
    public decimal? ProcurementBudget { get; init; }

    public required bool ProcurementExceedsBudget { get; init; }

    // 三公经费, 公用经费
    public required decimal ThreePublicBudget { get; init; }

    public required decimal ReceptionBudget { get; init; }

    public required decimal VehicleBudget { get; init; }

    public required decimal ThreePublicActual { get; init; }

    public required decimal ReceptionActual { get; init; }

    public required decimal VehicleActual { get; init; }

    public required decimal OperatingBudget { get; init; }

    public required decimal OperatingActual { get; init; }

    // 转移支付与下属单位
    public required bool HasTransferPayments { get; init; }

    public required bool HasSubordinateUnits { get; init; }

    // 公开与资产
    public required bool BudgetDisclosed { get; init; }

    public required bool FinalAccountsDisclosed { get; init; }

    public required bool FixedAssetUtilizationAtLeast90 { get; init; }

    // 绩效目标
    public required int WorkTargetCount { get; init; }

    public required int WorkTargetsMet { get; init; }

    // 信访
    public required int PetitionsReceived { get; init; }

    public required int PetitionsRequiringReply { get; init; }

    public required int PetitionsAnswered { get; init; }

    public required int PetitionsOverdue { get; init; }

    // Judgements (score on the indicator's declared weight).
    public required decimal BudgetRationality { get; init; }

    public required decimal BudgetCompliance { get; init; }

    public required decimal TargetRationality { get; init; }

    public required decimal TargetCompleteness { get; init; }

    public required decimal IndicatorClarity { get; init; }

    public required decimal InstitutionalManagement { get; init; }

    /// <summary>Gets the judgement of 资金下达合规性; absent when the indicator is not assessed.</summary>
    public decimal? FundAllocationCompliance { get; init; }

    public required decimal FinancialCompliance { get; init; }

    public required decimal ImplementationProcedure { get; init; }

    public required decimal ProjectSupervision { get; init; }

    public required decimal AssetCompliance { get; init; }

    public required decimal ProjectTimeliness { get; init; }

    public required decimal KeyTaskCompletion { get; init; }

    public required decimal DutyPerformance { get; init; }
}

/// <summary>The leaf scores of rules/yangxi-2023.yaml, each rounded to 2 decimals, their total and the grade.</summary>
public sealed class YangxiScores
{
    /// <summary>The leaf indicator ids in tree order, as in rules/yangxi-2023.yaml.</summary>
    public static readonly IReadOnlyList<string> LeafIds = new[]
    {
        "budget_rationality", "budget_compliance", "target_rationality", "target_completeness", "indicator_clarity",
        "institutional_management", "fund_allocation_compliance", "budget_execution_rate", "carryover_rate",
        "procurement_execution", "financial_compliance", "disclosure", "implementation_procedure", "project_supervision",
        "asset_compliance", "fixed_asset_utilization", "economy", "project_timeliness", "target_completion_rate",
        "key_task_completion", "duty_performance", "fairness",
    };

    public decimal BudgetRationality { get; init; }

    public decimal BudgetCompliance { get; init; }

    public decimal TargetRationality { get; init; }

    public decimal TargetCompleteness { get; init; }

    public decimal IndicatorClarity { get; init; }

    public decimal InstitutionalManagement { get; init; }

    public decimal FundAllocationCompliance { get; init; }

    public decimal BudgetExecutionRate { get; init; }

    public decimal CarryoverRate { get; init; }

    public decimal ProcurementExecution { get; init; }

    public decimal FinancialCompliance { get; init; }

    public decimal Disclosure { get; init; }

    public decimal ImplementationProcedure { get; init; }

    public decimal ProjectSupervision { get; init; }

    public decimal AssetCompliance { get; init; }

    public decimal FixedAssetUtilization { get; init; }

    public decimal Economy { get; init; }

    public decimal ProjectTimeliness { get; init; }

    public decimal TargetCompletionRate { get; init; }

    public decimal KeyTaskCompletion { get; init; }

    public decimal DutyPerformance { get; init; }

    public decimal Fairness { get; init; }

    /// <summary>Gets the total: the sum of the rounded leaf scores.</summary>
    public decimal Total { get; init; }

    /// <summary>Gets the grade label: 优 (≥ 90), 良 (≥ 80), 中 (≥ 60) or 差.</summary>
    public string Grade { get; init; } = string.Empty;

    /// <summary>Gets the leaf scores in the order of <see cref="LeafIds"/>.</summary>
    /// <returns>The scores.</returns>
    public decimal[] Leaves() => new[]
    {
        BudgetRationality, BudgetCompliance, TargetRationality, TargetCompleteness, IndicatorClarity,
        InstitutionalManagement, FundAllocationCompliance, BudgetExecutionRate, CarryoverRate,
        ProcurementExecution, FinancialCompliance, Disclosure, ImplementationProcedure, ProjectSupervision,
        AssetCompliance, FixedAssetUtilization, Economy, ProjectTimeliness, TargetCompletionRate,
        KeyTaskCompletion, DutyPerformance, Fairness,
    };
}

/// <summary>
/// The floor: rules/yangxi-2023.yaml written out by hand in plain C# <c>decimal</c>, no rule engine, no explanation.
/// Nothing can score a Yangxi department faster than this without changing the arithmetic.
/// </summary>
public static class YangxiByHand
{
    /// <summary>Scores one department.</summary>
    /// <param name="d">The department's inputs and judgements.</param>
    /// <returns>The leaf scores, total and grade.</returns>
    public static YangxiScores Score(YangxiInputs d)
    {
        ArgumentNullException.ThrowIfNull(d);

        // 资金下达合规性 (2) applies only with transfer payments or subordinate units; otherwise its 2 points move to
        // 部门预算资金支出完成率, which is then scored on 7: raw score × effective weight / declared weight.
        var fundAssessed = d.HasTransferPayments || d.HasSubordinateUnits;
        var fundAllocation = fundAssessed ? Round(d.FundAllocationCompliance ?? throw new ArgumentException("资金下达合规性 is assessed but not judged.", nameof(d))) : 0m;

        var executionRate = d.ActualSpending / d.IssuedBudget;
        var executionRaw = 5m * Math.Min(1m, executionRate);
        var execution = Round(fundAssessed ? executionRaw : executionRaw * 7m / 5m);

        // 结转结余率: [0, 5 %] → 2, (5 %, 10 %] → 1, above → 0.
        var carryoverRate = d.CarryoverYearEnd / (d.CarryoverOpening + d.GeneralBudgetAppropriation + d.FundBudgetAppropriation);
        var carryover = carryoverRate <= 0.05m ? 2m : carryoverRate <= 0.10m ? 1m : 0m;

        var procurement = d.ProcurementExceedsBudget ? 0m : 4m;
        var disclosure = (d.BudgetDisclosed ? 1.5m : 0m) + (d.FinalAccountsDisclosed ? 1.5m : 0m);
        var fixedAssets = d.FixedAssetUtilizationAtLeast90 ? 2m : 0m;
        var economy = (d.ThreePublicActual <= d.ThreePublicBudget ? 2.5m : 0m) + (d.OperatingActual <= d.OperatingBudget ? 2.5m : 0m);

        var targetCompletion = (decimal)d.WorkTargetsMet / d.WorkTargetCount;
        var targets = Round(3m * Math.Min(1m, targetCompletion));

        // 公平性: 1 point per petition answered late, floored at 0.
        var fairness = Math.Max(0m, 5m - Math.Max(0, d.PetitionsOverdue));

        // Judgements: the evaluator's score, rounded like every indicator.
        var budgetRationality = Round(d.BudgetRationality);
        var budgetCompliance = Round(d.BudgetCompliance);
        var targetRationality = Round(d.TargetRationality);
        var targetCompleteness = Round(d.TargetCompleteness);
        var indicatorClarity = Round(d.IndicatorClarity);
        var institutionalManagement = Round(d.InstitutionalManagement);
        var financialCompliance = Round(d.FinancialCompliance);
        var implementationProcedure = Round(d.ImplementationProcedure);
        var projectSupervision = Round(d.ProjectSupervision);
        var assetCompliance = Round(d.AssetCompliance);
        var projectTimeliness = Round(d.ProjectTimeliness);
        var keyTaskCompletion = Round(d.KeyTaskCompletion);
        var dutyPerformance = Round(d.DutyPerformance);

        var total = budgetRationality + budgetCompliance + targetRationality + targetCompleteness + indicatorClarity
            + institutionalManagement + fundAllocation + execution + carryover + procurement + financialCompliance
            + disclosure + implementationProcedure + projectSupervision + assetCompliance + fixedAssets + economy
            + projectTimeliness + targets + keyTaskCompletion + dutyPerformance + fairness;

        return new YangxiScores
        {
            BudgetRationality = budgetRationality,
            BudgetCompliance = budgetCompliance,
            TargetRationality = targetRationality,
            TargetCompleteness = targetCompleteness,
            IndicatorClarity = indicatorClarity,
            InstitutionalManagement = institutionalManagement,
            FundAllocationCompliance = fundAllocation,
            BudgetExecutionRate = execution,
            CarryoverRate = carryover,
            ProcurementExecution = procurement,
            FinancialCompliance = financialCompliance,
            Disclosure = disclosure,
            ImplementationProcedure = implementationProcedure,
            ProjectSupervision = projectSupervision,
            AssetCompliance = assetCompliance,
            FixedAssetUtilization = fixedAssets,
            Economy = economy,
            ProjectTimeliness = projectTimeliness,
            TargetCompletionRate = targets,
            KeyTaskCompletion = keyTaskCompletion,
            DutyPerformance = dutyPerformance,
            Fairness = fairness,
            Total = total,
            Grade = total >= 90m ? "优" : total >= 80m ? "良" : total >= 60m ? "中" : "差",
        };
    }

    /// <summary>Rounds to 2 decimals, half away from zero (the rule set's rounding).</summary>
    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
