using System.Globalization;

namespace PerfEval.Office;

/// <summary>The fixed words of the bureau's summary workbook (全县汇总), in Chinese and in English.</summary>
internal sealed record SummaryWorkbookLabels
{
    public static readonly SummaryWorkbookLabels Chinese = new()
    {
        IsChinese = true, Noun = "单位",
        SummarySheet = "汇总", StatisticsSheet = "统计分析", ErrorsSheet = "错误",
        Rank = "排名", Unit = "单位名称", Total = "总分", Grade = "等级", Record = "记录",
        GradeSection = "一、等级分布", GradeRange = "分数区间", Units = "单位数", Share = "占比", Sum = "合计",
        LostSection = "二、指标失分（各单位合计）", Indicator = "指标", Parent = "一级指标", Points = "分值",
        LostTotal = "失分合计", LostAverage = "平均失分", LostUnits = "失分单位数",
        GradeChart = "等级分布", LostChart = "各指标失分合计",
        Number = "序号", Code = "代码", Location = "位置", Message = "说明",
        NoErrors = "全部记录均已评分，没有错误。",
    };

    public static readonly SummaryWorkbookLabels English = new()
    {
        Noun = "units", SummarySheet = "Summary", StatisticsSheet = "Statistics", ErrorsSheet = "Errors",
        Rank = "Rank", Unit = "Unit", Total = "Total", Grade = "Grade", Record = "Record",
        GradeSection = "1. Grade distribution", GradeRange = "Score range", Units = "Units", Share = "Share", Sum = "Total",
        LostSection = "2. Points lost per indicator (all units)", Indicator = "Indicator", Parent = "Level 1", Points = "Points",
        LostTotal = "Points lost", LostAverage = "Average lost", LostUnits = "Units losing points",
        GradeChart = "Grade distribution", LostChart = "Points lost per indicator",
        Number = "No.", Code = "Code", Location = "Where", Message = "Message",
        NoErrors = "Every record was scored; there are no errors.",
    };

    /// <summary>The words of a summary of projects (项目支出绩效自评): each line a project, not a unit.</summary>
    public static readonly SummaryWorkbookLabels ChineseProjects = Chinese with
    {
        Unit = "项目名称", Units = "项目数", LostSection = "二、指标失分（各项目合计）", LostUnits = "失分项目数", Noun = "项目",
    };

    public static readonly SummaryWorkbookLabels EnglishProjects = English with
    {
        Unit = "Project", Units = "Projects", LostSection = "2. Points lost per indicator (all projects)", LostUnits = "Projects losing points", Noun = "projects",
    };

    public bool IsChinese { get; private init; }

    /// <summary>What each line is, in the count under the title: 单位 or 项目, units or projects.</summary>
    public string Noun { get; private init; } = string.Empty;

    public string SummarySheet { get; private init; } = string.Empty;

    public string StatisticsSheet { get; private init; } = string.Empty;

    public string ErrorsSheet { get; private init; } = string.Empty;

    public string Rank { get; private init; } = string.Empty;

    public string Unit { get; private init; } = string.Empty;

    public string Total { get; private init; } = string.Empty;

    public string Grade { get; private init; } = string.Empty;

    public string Record { get; private init; } = string.Empty;

    public string GradeSection { get; private init; } = string.Empty;

    public string GradeRange { get; private init; } = string.Empty;

    public string Units { get; private init; } = string.Empty;

    public string Share { get; private init; } = string.Empty;

    public string Sum { get; private init; } = string.Empty;

    public string LostSection { get; private init; } = string.Empty;

    public string Indicator { get; private init; } = string.Empty;

    public string Parent { get; private init; } = string.Empty;

    public string Points { get; private init; } = string.Empty;

    public string LostTotal { get; private init; } = string.Empty;

    public string LostAverage { get; private init; } = string.Empty;

    public string LostUnits { get; private init; } = string.Empty;

    public string GradeChart { get; private init; } = string.Empty;

    public string LostChart { get; private init; } = string.Empty;

    public string Number { get; private init; } = string.Empty;

    public string Code { get; private init; } = string.Empty;

    public string Location { get; private init; } = string.Empty;

    public string Message { get; private init; } = string.Empty;

    public string NoErrors { get; private init; } = string.Empty;

    public static SummaryWorkbookLabels For(Rendering.RenderOptions options, bool projects = false) => options.Language == Rendering.ReportLanguage.Chinese
        ? (projects ? ChineseProjects : Chinese)
        : (projects ? EnglishProjects : English);

    public string SummaryTitle(string title) => IsChinese ? title + "汇总表" : title + ": summary";

    public string StatisticsTitle(string title) => IsChinese ? title + "统计分析" : title + ": statistics";

    public string ErrorsTitle(int records) => IsChinese
        ? $"未能评分的记录（{Whole(records)}个）"
        : $"Records that could not be scored ({Whole(records)})";

    /// <summary>The line under the summary's title: how many units, scored and not, and the average.</summary>
    public string Counts(int scored, int failed, decimal? average, int decimals)
    {
        var mean = average is { } value ? value.ToString("F" + Whole(decimals), CultureInfo.InvariantCulture) : null;
        if (IsChinese)
        {
            var line = $"共{Whole(scored + failed)}个{Noun}：已评分{Whole(scored)}个，未能评分{Whole(failed)}个";
            line += failed > 0 ? "（见“错误”表）" : string.Empty;
            return mean is null ? line + "。" : line + $"；平均分{mean}分。";
        }

        var text = $"{Whole(scored + failed)} {Noun}: {Whole(scored)} scored, {Whole(failed)} could not be scored";
        text += failed > 0 ? " (see Errors)" : string.Empty;
        return mean is null ? text + "." : text + $"; average {mean}.";
    }

    /// <summary>A first-level indicator's column header with its points: "预算编制（20分）", "Budgeting (20)".</summary>
    public string WithPoints(string name, decimal points)
        => IsChinese ? $"{name}（{Plain(points)}分）" : $"{name} ({Plain(points)})";

    public string GradeText(string label, string code) => IsChinese ? label : $"{label} ({code})";

    private static string Whole(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Plain(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
