namespace PerfEval.Rendering;

/// <summary>The fixed words of the 项目支出绩效自评表 (the national layout), in Chinese and in English, for every layout.</summary>
internal sealed class ProjectFormWords
{
    public static readonly ProjectFormWords Chinese = new()
    {
        Title = "项目支出绩效自评表", Sheet = "项目自评表", Project = "项目名称", Department = "主管部门", Implementer = "实施单位",
        Funds = "项目资金（万元）", Initial = "年初预算数", Annual = "全年预算数", Executed = "全年执行数", Points = "分值", Rate = "执行率", Score = "得分",
        Goal = "年度总体目标", Planned = "预期目标", Achieved = "实际完成情况",
        Level1 = "一级指标", Level2 = "二级指标", Level3 = "三级指标", Target = "年度指标值", Actual = "实际完成值", Reason = "偏差原因分析及改进措施",
        Total = "总分", NotAssessed = "不考核",
    };

    public static readonly ProjectFormWords English = new()
    {
        Title = "Project expenditure performance self-evaluation", Sheet = "Project form", Project = "Project", Department = "Supervising department", Implementer = "Implementing unit",
        Funds = "Project funds (10,000 yuan)", Initial = "Initial budget", Annual = "Annual budget", Executed = "Executed", Points = "Points", Rate = "Execution rate", Score = "Score",
        Goal = "Overall annual goal", Planned = "Planned", Achieved = "Achieved",
        Level1 = "Level 1", Level2 = "Level 2", Level3 = "Level 3", Target = "Annual target", Actual = "Actual", Reason = "Reason for the shortfall and remedy",
        Total = "Total", NotAssessed = "Not assessed",
    };

    public string Title { get; private init; } = string.Empty;

    /// <summary>Gets the workbook sheet's name (at most 31 characters, as Excel allows).</summary>
    public string Sheet { get; private init; } = string.Empty;

    public string Project { get; private init; } = string.Empty;

    public string Department { get; private init; } = string.Empty;

    public string Implementer { get; private init; } = string.Empty;

    public string Funds { get; private init; } = string.Empty;

    public string Initial { get; private init; } = string.Empty;

    public string Annual { get; private init; } = string.Empty;

    public string Executed { get; private init; } = string.Empty;

    public string Points { get; private init; } = string.Empty;

    public string Rate { get; private init; } = string.Empty;

    public string Score { get; private init; } = string.Empty;

    public string Goal { get; private init; } = string.Empty;

    public string Planned { get; private init; } = string.Empty;

    public string Achieved { get; private init; } = string.Empty;

    public string Level1 { get; private init; } = string.Empty;

    public string Level2 { get; private init; } = string.Empty;

    public string Level3 { get; private init; } = string.Empty;

    public string Target { get; private init; } = string.Empty;

    public string Actual { get; private init; } = string.Empty;

    public string Reason { get; private init; } = string.Empty;

    public string Total { get; private init; } = string.Empty;

    public string NotAssessed { get; private init; } = string.Empty;

    public static ProjectFormWords For(RenderOptions options) => options.Language == ReportLanguage.Chinese ? Chinese : English;
}
