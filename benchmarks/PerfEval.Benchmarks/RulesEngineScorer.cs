using System;
using System.Collections.Generic;
using RulesEngine.Models;

namespace PerfEval.Benchmarks;

/// <summary>
/// rules/yangxi-2023.yaml as a Microsoft RulesEngine 6.0.1 workflow, evaluated by RulesEngine itself
/// (<c>ExecuteAllRulesAsync</c>). The metrics are global params; each indicator that needs an expression is one rule
/// whose <c>OutputExpression</c> action computes its rounded score (pass/fail as the rule's own success or failure);
/// judgements are read directly, as in the naive NCalc scorer. Input: the typed <see cref="YangxiInputs"/> record,
/// RulesEngine's fastest input (no ExpandoObject conversion).
/// </summary>
public sealed class RulesEngineScorer
{
    private const string WorkflowName = "yangxi-2023";

    /// <summary>The leaves scored by rules, in the order of <see cref="YangxiScores.LeafIds"/>.</summary>
    private static readonly string[] RuleLeaves =
    {
        "fund_allocation_compliance", "budget_execution_rate", "carryover_rate", "procurement_execution", "disclosure",
        "fixed_asset_utilization", "economy", "target_completion_rate", "fairness",
    };

    private readonly RulesEngine.RulesEngine engine;

    public RulesEngineScorer()
    {
        var settings = new ReSettings { CustomTypes = new[] { typeof(MidpointRounding) } };
        engine = new RulesEngine.RulesEngine(new[] { Workflow() }, settings);
    }

    /// <summary>The workflow: one rule per indicator that needs an expression.</summary>
    private static Workflow Workflow() => new()
    {
        WorkflowName = WorkflowName,
        GlobalParams = new List<ScopedParam>
        {
            Param("execution_rate", "input.ActualSpending / input.IssuedBudget"),
            Param("carryover_rate", "input.CarryoverYearEnd / (input.CarryoverOpening + input.GeneralBudgetAppropriation + input.FundBudgetAppropriation)"),
            Param("budget_adjustment", "input.AnnualBudget - input.InitialBudget"),
            Param("target_completion", "decimal(input.WorkTargetsMet) / decimal(input.WorkTargetCount)"),
            Param("fund_assessed", "input.HasTransferPayments || input.HasSubordinateUnits"),
        },
        Rules = new List<Rule>
        {
            // Not assessed without transfer payments or subordinate units: 0 here, its 2 points go to the execution rate.
            Scored("fund_allocation_compliance", "fund_assessed", Round("input.FundAllocationCompliance ?? 0m"), "0m"),
            Scored("budget_execution_rate", "true", $"fund_assessed ? {Round("5m * Math.Min(1m, execution_rate)")} : {Round("5m * Math.Min(1m, execution_rate) * 7m / 5m")}"),
            Scored("carryover_rate", "true", Round("carryover_rate <= 0.05m ? 2m : carryover_rate <= 0.10m ? 1m : 0m")),
            Scored("procurement_execution", "!input.ProcurementExceedsBudget", "4m", "0m"),
            Scored("disclosure", "true", Round("(input.BudgetDisclosed ? 1.5m : 0m) + (input.FinalAccountsDisclosed ? 1.5m : 0m)")),
            Scored("fixed_asset_utilization", "input.FixedAssetUtilizationAtLeast90", "2m", "0m"),
            Scored("economy", "true", Round("(input.ThreePublicActual <= input.ThreePublicBudget ? 2.5m : 0m) + (input.OperatingActual <= input.OperatingBudget ? 2.5m : 0m)")),
            Scored("target_completion_rate", "true", Round("3m * Math.Min(1m, target_completion)")),
            Scored("fairness", "true", Round("Math.Max(0m, 5m - decimal(Math.Max(0, input.PetitionsOverdue)))")),
        },
    };

    /// <summary>Scores one department.</summary>
    /// <param name="d">The department.</param>
    /// <returns>The leaf scores, total and grade.</returns>
    public EngineScores Score(YangxiInputs d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var results = engine.ExecuteAllRulesAsync(WorkflowName, new RuleParameter("input", d)).GetAwaiter().GetResult();
        var ruled = new decimal[RuleLeaves.Length];
        foreach (var result in results)
        {
            if (result.ActionResult?.Exception is { } exception)
            {
                throw new InvalidOperationException($"Rule '{result.Rule.RuleName}' failed: {exception.Message}", exception);
            }

            if (!string.IsNullOrEmpty(result.ExceptionMessage) || result.ActionResult?.Output is not decimal score)
            {
                throw new InvalidOperationException($"Rule '{result.Rule.RuleName}' gave no score: {result.ExceptionMessage}");
            }

            ruled[Array.IndexOf(RuleLeaves, result.Rule.RuleName)] = score;
        }

        var leaves = new[]
        {
            Round(d.BudgetRationality), Round(d.BudgetCompliance), Round(d.TargetRationality), Round(d.TargetCompleteness),
            Round(d.IndicatorClarity), Round(d.InstitutionalManagement), ruled[0], ruled[1], ruled[2], ruled[3],
            Round(d.FinancialCompliance), ruled[4], Round(d.ImplementationProcedure), Round(d.ProjectSupervision),
            Round(d.AssetCompliance), ruled[5], ruled[6], Round(d.ProjectTimeliness), ruled[7], Round(d.KeyTaskCompletion),
            Round(d.DutyPerformance), ruled[8],
        };
        var total = 0m;
        foreach (var score in leaves)
        {
            total += score;
        }

        return new EngineScores(leaves, total, total >= 90m ? "优" : total >= 80m ? "良" : total >= 60m ? "中" : "差");
    }

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static string Round(string expression) => $"Math.Round({expression}, 2, MidpointRounding.AwayFromZero)";

    private static ScopedParam Param(string name, string expression) => new() { Name = name, Expression = expression };

    private static Rule Scored(string id, string expression, string onSuccess, string? onFailure = null) => new()
    {
        RuleName = id,
        Expression = expression,
        Actions = new RuleActions
        {
            OnSuccess = Output(onSuccess),
            OnFailure = onFailure is null ? null : Output(onFailure),
        },
    };

    private static ActionInfo Output(string expression) => new()
    {
        Name = "OutputExpression",
        Context = new Dictionary<string, object> { ["expression"] = expression },
    };
}
