using PerfEval.Guangdong;
using PerfEval.Inputs;

namespace PerfEval.Tests.Support;

/// <summary>The 2023 Yangxi report's figures as the typed Guangdong record (the same figures as samples/yangxi-2023.json).</summary>
internal static class YangxiReport
{
    public static CountyDepartmentReport Create() => new()
    {
        Unit = "阳西县土地储备和城市更新事务中心",
        Budget = new BudgetFigures { Initial = 483.15m, Annual = 2774.62m, Issued = 2774.62m },
        Spending = new SpendingFigures { Actual = 2679.48m, Basic = 508.24m, Project = 2171.21m },
        Carryover = new CarryoverFigures { YearEnd = 95.14m, Opening = 643.46m, GeneralBudgetAppropriation = 547.32m, FundBudgetAppropriation = 1583.84m },
        Procurement = new ProcurementFigures { Actual = 9.46m, Budget = null, ExceedsBudget = true },
        ThreePublic = new ThreePublicExpenses { Budget = 3.97m, ReceptionBudget = 0.2m, VehicleBudget = 3.77m, Actual = 2.75m, ReceptionActual = 0m, VehicleActual = 2.75m },
        Operating = new OperatingExpenses { Budget = 42m, Actual = 23.53m },
        Petitions = new PetitionFigures { Received = 4, RequiringReply = 4, Answered = 3, Overdue = 0 },
        HasTransferPayments = false,
        HasSubordinateUnits = false,
        BudgetDisclosed = true,
        FinalAccountsDisclosed = true,
        FixedAssetUtilizationAtLeast90 = true,
        WorkTargets = new[]
        {
            new WorkTarget { Name = "“三旧”改造新增实施改造面积", Unit = "亩", Planned = 180m, Actual = 266.76m },
            new WorkTarget { Name = "“三旧”改造完成实施改造面积", Unit = "亩", Planned = 110m, Actual = 195.72m },
        },
        Judgements = Judgements(),
    };

    /// <summary>The judgement scores and reasons, read from the sample so the two paths cannot drift apart.</summary>
    private static Dictionary<string, Judgement> Judgements()
        => Some.YangxiInput().Judgements.ToDictionary(p => p.Key, p => new Judgement(p.Value.Score, p.Value.Reason));
}
