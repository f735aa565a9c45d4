using System.Globalization;
using PerfEval.Results;

namespace PerfEval.Office;

/// <summary>The fixed words of the workbook, in the bureau's Chinese and in English.</summary>
internal sealed class WorkbookLabels
{
    public static readonly WorkbookLabels Chinese = new()
    {
        IsChinese = true,
        FormSheet = "自评表", CalculationSheet = "计算过程", ChecksSheet = "数据核对",
        Unit = "单位名称", Year = "年度", Basis = "依据", TotalScore = "自评总分", GradeLabel = "自评等级",
        Points = "分值", Criteria = "评分标准", Score = "自评得分", Remarks = "得分说明",
        Total = "合计", NotAssessed = "不考核",
        Metrics = "一、计算指标", MetricName = "指标名称", MetricFormula = "计算公式", MetricValue = "计算结果", MetricUnit = "单位",
        Scoring = "二、指标计分", Indicator = "指标", ScoreFormula = "计分公式", Substituted = "代入数值", How = "计算说明",
        Moves = "三、分值调整", MoveFrom = "不考核指标", MoveTo = "调入指标", MovePoints = "调整分值", MoveText = "说明",
        NoMoves = "无", Percent = "%",
        Number = "序号", CheckItem = "核对项目", CheckRule = "核对规则", CheckResult = "核对结果", CheckDetail = "说明",
        CheckFailed = "不一致", CheckClear = "未发现不一致", OtherWarning = "其他提示", Warning = "提示",
        ChecksNote = "注：核对所需数据未填报的，该项不予核对，亦显示为“未发现不一致”。核对不一致不影响评分，请核实所填数据。",
    };

    public static readonly WorkbookLabels English = new()
    {
        FormSheet = "Self-evaluation", CalculationSheet = "Calculation", ChecksSheet = "Data checks",
        Unit = "Unit", Year = "Fiscal year", Basis = "Basis", TotalScore = "Total score", GradeLabel = "Grade",
        Points = "Points", Criteria = "Scoring standard", Score = "Score", Remarks = "Remarks",
        Total = "Total", NotAssessed = "Not assessed",
        Metrics = "1. Metrics", MetricName = "Metric", MetricFormula = "Formula", MetricValue = "Value", MetricUnit = "Unit",
        Scoring = "2. Indicator scoring", Indicator = "Indicator", ScoreFormula = "Scored by", Substituted = "With the figures", How = "How",
        Moves = "3. Weight moves", MoveFrom = "Not assessed", MoveTo = "Moved to", MovePoints = "Points moved", MoveText = "Remarks",
        NoMoves = "None", Percent = "%",
        Number = "No.", CheckItem = "Check", CheckRule = "Rule", CheckResult = "Result", CheckDetail = "Remarks",
        CheckFailed = "Inconsistent", CheckClear = "No inconsistency found", OtherWarning = "Other warning", Warning = "Warning",
        ChecksNote = "Note: a check whose figures were not given is not made and also shows as no inconsistency found. An inconsistency does not change the score; please verify the figures.",
    };

    public bool IsChinese { get; private init; }

    public string FormSheet { get; private init; } = string.Empty;

    public string CalculationSheet { get; private init; } = string.Empty;

    public string ChecksSheet { get; private init; } = string.Empty;

    public string Unit { get; private init; } = string.Empty;

    public string Year { get; private init; } = string.Empty;

    public string Basis { get; private init; } = string.Empty;

    public string TotalScore { get; private init; } = string.Empty;

    public string GradeLabel { get; private init; } = string.Empty;

    public string Points { get; private init; } = string.Empty;

    public string Criteria { get; private init; } = string.Empty;

    public string Score { get; private init; } = string.Empty;

    public string Remarks { get; private init; } = string.Empty;

    public string Total { get; private init; } = string.Empty;

    public string NotAssessed { get; private init; } = string.Empty;

    public string Metrics { get; private init; } = string.Empty;

    public string MetricName { get; private init; } = string.Empty;

    public string MetricFormula { get; private init; } = string.Empty;

    public string MetricValue { get; private init; } = string.Empty;

    public string MetricUnit { get; private init; } = string.Empty;

    public string Scoring { get; private init; } = string.Empty;

    public string Indicator { get; private init; } = string.Empty;

    public string ScoreFormula { get; private init; } = string.Empty;

    public string Substituted { get; private init; } = string.Empty;

    public string How { get; private init; } = string.Empty;

    public string Moves { get; private init; } = string.Empty;

    public string MoveFrom { get; private init; } = string.Empty;

    public string MoveTo { get; private init; } = string.Empty;

    public string MovePoints { get; private init; } = string.Empty;

    public string MoveText { get; private init; } = string.Empty;

    public string NoMoves { get; private init; } = string.Empty;

    public string Percent { get; private init; } = string.Empty;

    public string Number { get; private init; } = string.Empty;

    public string CheckItem { get; private init; } = string.Empty;

    public string CheckRule { get; private init; } = string.Empty;

    public string CheckResult { get; private init; } = string.Empty;

    public string CheckDetail { get; private init; } = string.Empty;

    public string CheckFailed { get; private init; } = string.Empty;

    public string CheckClear { get; private init; } = string.Empty;

    public string OtherWarning { get; private init; } = string.Empty;

    public string Warning { get; private init; } = string.Empty;

    public string ChecksNote { get; private init; } = string.Empty;

    /// <summary>"一级指标" … in Chinese, "Level 1" … in English.</summary>
    public string LevelName(int level) => IsChinese
        ? "一二三四五六七八九"[level - 1] + "级指标"
        : "Level " + level.ToString(CultureInfo.InvariantCulture);

    /// <summary>A group's cell: its name and points, "预算编制（20分）" or "预算编制 (20 points)".</summary>
    public string WithPoints(string name, decimal points) => IsChinese ? $"{name}（{Plain(points)}分）" : $"{name} ({Plain(points)} points)";

    public string Subtotal(string name) => IsChinese ? name + "小计" : "Subtotal: " + name;

    /// <summary>A group's points lost, to the scorecard's decimals: "共扣4.24分", "4.24 points lost"; empty when none.</summary>
    public string Lost(decimal lost, int decimals)
    {
        if (lost == 0)
        {
            return string.Empty;
        }

        var text = lost.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return IsChinese ? $"共扣{text}分" : $"{text} points lost";
    }

    public string GradeText(Grade grade) => IsChinese ? grade.Label : $"{grade.Label} ({grade.Code})";

    public string GradeLine(Grade grade) => IsChinese ? "自评等级：" + grade.Label : "Grade: " + GradeText(grade);

    public string CalculationTitle(string? subject) => IsChinese ? "计算过程" + (subject is null ? string.Empty : "（" + subject + "）") : "Calculation" + (subject is null ? string.Empty : " (" + subject + ")");

    public string ChecksTitle(string? subject) => IsChinese ? "数据核对" + (subject is null ? string.Empty : "（" + subject + "）") : "Data checks" + (subject is null ? string.Empty : " (" + subject + ")");

    /// <summary>A move's sentence: "2分调整至“部门预算资金支出完成率”指标", "2 points moved to 部门预算资金支出完成率".</summary>
    public string Moved(decimal points, string to) => IsChinese ? $"{Plain(points)}分调整至“{to}”指标" : $"{Plain(points)} points moved to {to}";

    public static WorkbookLabels For(Rendering.RenderOptions options) => options.Language == Rendering.ReportLanguage.Chinese ? Chinese : English;

    private static string Plain(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
