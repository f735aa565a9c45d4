using System;
using System.Collections.Generic;
using PerfEval.Inputs;

namespace PerfEval.Benchmarks;

/// <summary>One department's inputs in the three shapes the scorers take.</summary>
public sealed class Department
{
    /// <summary>Gets the department's name (the scorecard's subject).</summary>
    public required string Name { get; init; }

    /// <summary>Gets the inputs as a plain record, for the hand-written floor and RulesEngine.</summary>
    public required YangxiInputs Record { get; init; }

    /// <summary>Gets the inputs as PerfEval takes them.</summary>
    public required InputValues Input { get; init; }

    /// <summary>
    /// Gets the input values by their rule-file names (numbers as <see cref="decimal"/>, conditions as <see cref="bool"/>;
    /// an absent optional input is left out), for NCalc.
    /// </summary>
    public required Dictionary<string, object?> Variables { get; init; }

    /// <summary>Gets the judgement scores by indicator id.</summary>
    public required Dictionary<string, decimal> Judgements { get; init; }
}

/// <summary>
/// Deterministic pseudo-random Yangxi-like departments: a seeded <see cref="Random"/>, realistic ranges (万元), both values
/// of has_transfer_payments and has_subordinate_units, every judgement within its weight, and the report's kind of
/// rounding slip (basic + project spending 0.03 off the total) in about one department in twenty.
/// </summary>
public static class Departments
{
    /// <summary>The seed used unless one is given.</summary>
    public const int DefaultSeed = 2023;

    /// <summary>The written reason given with every generated judgement (PerfEval requires one).</summary>
    private const string Reason = "按评分标准逐项核对佐证材料后评分。";

    private static readonly (string Name, Func<YangxiInputs, object?> Get)[] InputFields =
    {
        ("initial_budget", r => r.InitialBudget),
        ("annual_budget", r => r.AnnualBudget),
        ("issued_budget", r => r.IssuedBudget),
        ("actual_spending", r => r.ActualSpending),
        ("basic_spending", r => r.BasicSpending),
        ("project_spending", r => r.ProjectSpending),
        ("carryover_year_end", r => r.CarryoverYearEnd),
        ("carryover_opening", r => r.CarryoverOpening),
        ("general_budget_appropriation", r => r.GeneralBudgetAppropriation),
        ("fund_budget_appropriation", r => r.FundBudgetAppropriation),
        ("procurement_actual", r => r.ProcurementActual),
        ("procurement_budget", r => r.ProcurementBudget),
        ("procurement_exceeds_budget", r => r.ProcurementExceedsBudget),
        ("three_public_budget", r => r.ThreePublicBudget),
        ("reception_budget", r => r.ReceptionBudget),
        ("vehicle_budget", r => r.VehicleBudget),
        ("three_public_actual", r => r.ThreePublicActual),
        ("reception_actual", r => r.ReceptionActual),
        ("vehicle_actual", r => r.VehicleActual),
        ("operating_budget", r => r.OperatingBudget),
        ("operating_actual", r => r.OperatingActual),
        ("has_transfer_payments", r => r.HasTransferPayments),
        ("has_subordinate_units", r => r.HasSubordinateUnits),
        ("budget_disclosed", r => r.BudgetDisclosed),
        ("final_accounts_disclosed", r => r.FinalAccountsDisclosed),
        ("fixed_asset_utilization_at_least_90", r => r.FixedAssetUtilizationAtLeast90),
        ("work_target_count", r => (decimal)r.WorkTargetCount),
        ("work_targets_met", r => (decimal)r.WorkTargetsMet),
        ("petitions_received", r => (decimal)r.PetitionsReceived),
        ("petitions_requiring_reply", r => (decimal)r.PetitionsRequiringReply),
        ("petitions_answered", r => (decimal)r.PetitionsAnswered),
        ("petitions_overdue", r => (decimal)r.PetitionsOverdue),
    };

    /// <summary>The judgement indicators with their weights and how to read their score from the record.</summary>
    private static readonly (string Id, decimal Weight, Func<YangxiInputs, decimal?> Get)[] JudgementFields =
    {
        ("budget_rationality", 4m, r => r.BudgetRationality),
        ("budget_compliance", 4m, r => r.BudgetCompliance),
        ("target_rationality", 6m, r => r.TargetRationality),
        ("target_completeness", 2m, r => r.TargetCompleteness),
        ("indicator_clarity", 4m, r => r.IndicatorClarity),
        ("institutional_management", 5m, r => r.InstitutionalManagement),
        ("fund_allocation_compliance", 2m, r => r.FundAllocationCompliance),
        ("financial_compliance", 4m, r => r.FinancialCompliance),
        ("implementation_procedure", 5m, r => r.ImplementationProcedure),
        ("project_supervision", 3m, r => r.ProjectSupervision),
        ("asset_compliance", 5m, r => r.AssetCompliance),
        ("project_timeliness", 3m, r => r.ProjectTimeliness),
        ("key_task_completion", 4m, r => r.KeyTaskCompletion),
        ("duty_performance", 20m, r => r.DutyPerformance),
    };

    /// <summary>Gets the judgement indicator ids of the Yangxi rules.</summary>
    public static IEnumerable<string> JudgementIds
    {
        get
        {
            foreach (var (id, _, _) in JudgementFields)
            {
                yield return id;
            }
        }
    }

    /// <summary>Generates departments.</summary>
    /// <param name="count">How many.</param>
    /// <param name="seed">The random seed; the same seed gives the same departments.</param>
    /// <returns>The departments, in order.</returns>
    public static List<Department> Generate(int count, int seed = DefaultSeed)
    {
        var departments = new List<Department>(count);
        departments.AddRange(Stream(count, seed));
        return departments;
    }

    /// <summary>Generates departments lazily.</summary>
    /// <param name="count">How many.</param>
    /// <param name="seed">The random seed; the same seed gives the same departments.</param>
    /// <returns>The departments, in order.</returns>
    private static IEnumerable<Department> Stream(int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return Of($"department {i + 1}", Next(random, i));
        }
    }

    /// <summary>Generates one department shaped as asked.</summary>
    /// <param name="fundAllocationAssessed">Whether 资金下达合规性 is assessed (transfer payments or subordinate units).</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>The first generated department of that shape.</returns>
    public static Department First(bool fundAllocationAssessed, int seed = DefaultSeed)
    {
        foreach (var department in Stream(1000, seed))
        {
            var r = department.Record;
            if ((r.HasTransferPayments || r.HasSubordinateUnits) == fundAllocationAssessed && r.BasicSpending + r.ProjectSpending == r.ActualSpending)
            {
                return department;
            }
        }

        throw new InvalidOperationException("No department of that shape among the first 1000.");
    }

    /// <summary>Builds the three shapes from a record.</summary>
    /// <param name="name">The department's name.</param>
    /// <param name="record">Its inputs and judgements.</param>
    /// <returns>The department.</returns>
    public static Department Of(string name, YangxiInputs record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var builder = InputValues.CreateBuilder().Subject(name);
        var variables = new Dictionary<string, object?>(InputFields.Length, StringComparer.Ordinal);
        foreach (var (input, get) in InputFields)
        {
            switch (get(record))
            {
                case decimal number:
                    builder.Set(input, number);
                    variables.Add(input, number);
                    break;
                case bool flag:
                    builder.Set(input, flag);
                    variables.Add(input, flag);
                    break;
            }
        }

        var judgements = new Dictionary<string, decimal>(JudgementFields.Length, StringComparer.Ordinal);
        foreach (var (id, _, get) in JudgementFields)
        {
            if (get(record) is { } score)
            {
                builder.Judge(id, score, Reason);
                judgements.Add(id, score);
            }
        }

        return new Department { Name = name, Record = record, Input = builder.Build(), Variables = variables, Judgements = judgements };
    }

    /// <summary>Reads a record from PerfEval input (e.g. samples/yangxi-2023.json) and keeps that input as it is.</summary>
    /// <param name="name">The department's name.</param>
    /// <param name="input">The input.</param>
    /// <returns>The department.</returns>
    public static Department FromInput(string name, InputValues input)
    {
        ArgumentNullException.ThrowIfNull(input);
        decimal Number(string key) => input.Values[key].Number;
        bool Flag(string key) => input.Values[key].Boolean;
        int Whole(string key) => (int)input.Values[key].Number;
        decimal Judged(string id) => input.Judgements[id].Score;

        var record = new YangxiInputs
        {
            InitialBudget = Number("initial_budget"),
            AnnualBudget = Number("annual_budget"),
            IssuedBudget = Number("issued_budget"),
            ActualSpending = Number("actual_spending"),
            BasicSpending = Number("basic_spending"),
            ProjectSpending = Number("project_spending"),
            CarryoverYearEnd = Number("carryover_year_end"),
            CarryoverOpening = Number("carryover_opening"),
            GeneralBudgetAppropriation = Number("general_budget_appropriation"),
            FundBudgetAppropriation = Number("fund_budget_appropriation"),
            ProcurementActual = Number("procurement_actual"),
            ProcurementBudget = input.Values.TryGetValue("procurement_budget", out var budget) ? budget.Number : null,
            ProcurementExceedsBudget = Flag("procurement_exceeds_budget"),
            ThreePublicBudget = Number("three_public_budget"),
            ReceptionBudget = Number("reception_budget"),
            VehicleBudget = Number("vehicle_budget"),
            ThreePublicActual = Number("three_public_actual"),
            ReceptionActual = Number("reception_actual"),
            VehicleActual = Number("vehicle_actual"),
            OperatingBudget = Number("operating_budget"),
            OperatingActual = Number("operating_actual"),
            HasTransferPayments = Flag("has_transfer_payments"),
            HasSubordinateUnits = Flag("has_subordinate_units"),
            BudgetDisclosed = Flag("budget_disclosed"),
            FinalAccountsDisclosed = Flag("final_accounts_disclosed"),
            FixedAssetUtilizationAtLeast90 = Flag("fixed_asset_utilization_at_least_90"),
            WorkTargetCount = Whole("work_target_count"),
            WorkTargetsMet = Whole("work_targets_met"),
            PetitionsReceived = Whole("petitions_received"),
            PetitionsRequiringReply = Whole("petitions_requiring_reply"),
            PetitionsAnswered = Whole("petitions_answered"),
            PetitionsOverdue = Whole("petitions_overdue"),
            BudgetRationality = Judged("budget_rationality"),
            BudgetCompliance = Judged("budget_compliance"),
            TargetRationality = Judged("target_rationality"),
            TargetCompleteness = Judged("target_completeness"),
            IndicatorClarity = Judged("indicator_clarity"),
            InstitutionalManagement = Judged("institutional_management"),
            FundAllocationCompliance = input.Judgements.TryGetValue("fund_allocation_compliance", out var fund) ? fund.Score : null,
            FinancialCompliance = Judged("financial_compliance"),
            ImplementationProcedure = Judged("implementation_procedure"),
            ProjectSupervision = Judged("project_supervision"),
            AssetCompliance = Judged("asset_compliance"),
            ProjectTimeliness = Judged("project_timeliness"),
            KeyTaskCompletion = Judged("key_task_completion"),
            DutyPerformance = Judged("duty_performance"),
        };

        var shaped = Of(name, record);
        return new Department { Name = name, Record = record, Input = input, Variables = shaped.Variables, Judgements = shaped.Judgements };
    }

    private static YangxiInputs Next(Random random, int index)
    {
        // 预算: the annual budget often grows well past the initial one (Yangxi 2023: 483.15 → 2774.62).
        var initial = Money(random, 80, 6000);
        var annual = Round2(initial * Between(random, 0.9, 6.0));
        var issued = random.NextDouble() < 0.7 ? annual : Round2(annual * Between(random, 0.9, 1.0));

        // 支出: execution from 60 % to a little over 100 % (capped at full marks by the rule).
        var actual = index % 25 == 3 ? issued : Round2(issued * Between(random, 0.6, 1.05));
        var basic = Round2(actual * Between(random, 0.1, 0.6));
        var project = actual - basic;
        if (index % 20 == 19)
        {
            project -= 0.03m; // The report's kind of slip: the parts do not add up (a warning, not an error).
        }

        // 结转结余: a carry-over rate from 0 to 15 %, so all three bands occur.
        var opening = Round2(annual * Between(random, 0.0, 0.3));
        var general = Round2(issued * Between(random, 0.2, 1.0));
        var fund = issued - general;
        var yearEnd = (index % 50) switch
        {
            7 => (opening + general + fund) * 0.05m, // exactly on a band edge, now and then
            33 => (opening + general + fund) * 0.10m,
            _ => Round2((opening + general + fund) * Between(random, 0.0, 0.15)),
        };

        // 政府采购: the budget is sometimes not stated; then only the comparison is known.
        var procurementActual = Money(random, 0, 60);
        decimal? procurementBudget = random.NextDouble() < 0.7 ? Money(random, 0, 70) : null;
        var exceeds = procurementBudget is { } stated ? procurementActual > stated : random.NextDouble() < 0.3;

        // 三公经费 and 公用经费: mostly within budget.
        var receptionBudget = Money(random, 0, 5);
        var vehicleBudget = Money(random, 0, 20);
        var receptionActual = Round2(receptionBudget * Between(random, 0.0, 1.1));
        var vehicleActual = Round2(vehicleBudget * Between(random, 0.5, 1.12));
        var operatingBudget = Money(random, 10, 200);
        var operatingActual = index % 25 == 11 ? operatingBudget : Round2(operatingBudget * Between(random, 0.55, 1.1));

        var hasTransfers = random.NextDouble() < 0.35;
        var hasSubordinates = random.NextDouble() < 0.4;

        var targets = random.Next(1, 11);
        var met = Math.Max(0, targets - (random.NextDouble() < 0.6 ? 0 : random.Next(1, targets + 1)));

        var received = random.Next(0, 21);
        var requiring = random.Next(0, received + 1);
        var answered = requiring - (random.NextDouble() < 0.8 ? 0 : random.Next(0, requiring + 1));
        var overdue = random.NextDouble() < 0.7 || requiring == 0 ? 0 : random.Next(1, Math.Min(requiring, 7) + 1);

        return new YangxiInputs
        {
            InitialBudget = initial,
            AnnualBudget = annual,
            IssuedBudget = issued,
            ActualSpending = actual,
            BasicSpending = basic,
            ProjectSpending = project,
            CarryoverYearEnd = yearEnd,
            CarryoverOpening = opening,
            GeneralBudgetAppropriation = general,
            FundBudgetAppropriation = fund,
            ProcurementActual = procurementActual,
            ProcurementBudget = procurementBudget,
            ProcurementExceedsBudget = exceeds,
            ThreePublicBudget = receptionBudget + vehicleBudget,
            ReceptionBudget = receptionBudget,
            VehicleBudget = vehicleBudget,
            ThreePublicActual = receptionActual + vehicleActual,
            ReceptionActual = receptionActual,
            VehicleActual = vehicleActual,
            OperatingBudget = operatingBudget,
            OperatingActual = operatingActual,
            HasTransferPayments = hasTransfers,
            HasSubordinateUnits = hasSubordinates,
            BudgetDisclosed = random.NextDouble() < 0.95,
            FinalAccountsDisclosed = random.NextDouble() < 0.9,
            FixedAssetUtilizationAtLeast90 = random.NextDouble() < 0.85,
            WorkTargetCount = targets,
            WorkTargetsMet = met,
            PetitionsReceived = received,
            PetitionsRequiringReply = requiring,
            PetitionsAnswered = answered,
            PetitionsOverdue = overdue,
            BudgetRationality = Judge(random, 4m),
            BudgetCompliance = Judge(random, 4m),
            TargetRationality = Judge(random, 6m),
            TargetCompleteness = Judge(random, 2m),
            IndicatorClarity = Judge(random, 4m),
            InstitutionalManagement = Judge(random, 5m),
            FundAllocationCompliance = hasTransfers || hasSubordinates ? Judge(random, 2m) : null,
            FinancialCompliance = Judge(random, 4m),
            ImplementationProcedure = Judge(random, 5m),
            ProjectSupervision = Judge(random, 3m),
            AssetCompliance = Judge(random, 5m),
            ProjectTimeliness = Judge(random, 3m),
            KeyTaskCompletion = Judge(random, 4m),
            DutyPerformance = Judge(random, 20m),
        };
    }

    /// <summary>An evaluator's score: 60 % to 100 % of the weight, in quarter points.</summary>
    private static decimal Judge(Random random, decimal weight)
        => Math.Min(weight, Math.Round(weight * Between(random, 0.6, 1.0) * 4m, MidpointRounding.AwayFromZero) / 4m);

    private static decimal Money(Random random, double min, double max) => Round2(Between(random, min, max));

    private static decimal Round2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static decimal Between(Random random, double min, double max) => (decimal)(min + (random.NextDouble() * (max - min)));

    /// <summary>Writes a department's input as PerfEval input JSON: subject, values, judgements.</summary>
    public static void WriteJson(System.Text.Json.Utf8JsonWriter json, InputValues input)
    {
        json.WriteStartObject();
        json.WriteString("subject", input.Subject);
        json.WriteStartObject("values");
        foreach (var (name, value) in input.Values)
        {
            switch (value.Kind)
            {
                case InputValueKind.Number:
                    json.WriteNumber(name, value.Number);
                    break;
                case InputValueKind.Boolean:
                    json.WriteBoolean(name, value.Boolean);
                    break;
                default:
                    json.WriteString(name, value.Text);
                    break;
            }
        }

        json.WriteEndObject();
        json.WriteStartObject("judgements");
        foreach (var (id, judgement) in input.Judgements)
        {
            json.WriteStartObject(id);
            json.WriteNumber("score", judgement.Score);
            json.WriteString("reason", judgement.Reason);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
