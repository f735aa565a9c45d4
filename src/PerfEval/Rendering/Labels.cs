using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Rendering;

/// <summary>The fixed words of the renderings, in English and Chinese.</summary>
internal sealed class Labels
{
    public static readonly Labels English = new()
    {
        Indicator = "Indicator", Weight = "Weight", Effective = "Effective", Score = "Score", Lost = "Lost", Status = "Status",
        Total = "Total", Grade = "Grade", HowScored = "How each indicator was scored", Formula = "formula", How = "how",
        Reason = "reason", RowReason = "reason for the shortfall", Moves = "Weight moves", Metrics = "Metrics", Warnings = "Warnings", Scored = "scored",
        NotAssessed = "not assessed", Redistributed = "redistributed", Level = "Level", Note = "note", Id = "id", Colon = ": ",
    };

    public static readonly Labels Chinese = new()
    {
        Indicator = "指标", Weight = "分值", Effective = "调整后分值", Score = "得分", Lost = "扣分", Status = "状态",
        Total = "合计", Grade = "等级", HowScored = "评分过程", Formula = "公式", How = "说明",
        Reason = "理由", RowReason = "偏差原因", Moves = "分值调整", Metrics = "计算指标", Warnings = "提示", Scored = "已评分",
        NotAssessed = "不考核", Redistributed = "不考核（分值调整）", Level = "级指标", Note = "备注", Id = "指标编码", Colon = "：",
    };

    public string Indicator { get; private init; } = string.Empty;

    public string Weight { get; private init; } = string.Empty;

    public string Effective { get; private init; } = string.Empty;

    public string Score { get; private init; } = string.Empty;

    public string Lost { get; private init; } = string.Empty;

    public string Status { get; private init; } = string.Empty;

    public string Total { get; private init; } = string.Empty;

    public string Grade { get; private init; } = string.Empty;

    public string HowScored { get; private init; } = string.Empty;

    public string Formula { get; private init; } = string.Empty;

    public string How { get; private init; } = string.Empty;

    public string Reason { get; private init; } = string.Empty;

    public string RowReason { get; private init; } = string.Empty;

    public string Moves { get; private init; } = string.Empty;

    public string Metrics { get; private init; } = string.Empty;

    public string Warnings { get; private init; } = string.Empty;

    public string Scored { get; private init; } = string.Empty;

    public string NotAssessed { get; private init; } = string.Empty;

    public string Redistributed { get; private init; } = string.Empty;

    public string Level { get; private init; } = string.Empty;

    public string Note { get; private init; } = string.Empty;

    public string Id { get; private init; } = string.Empty;

    /// <summary>": " in English, the full-width "：" in Chinese.</summary>
    public string Colon { get; private init; } = string.Empty;

    public bool IsChinese => ReferenceEquals(this, Chinese);

    public ReportLanguage Language => IsChinese ? ReportLanguage.Chinese : ReportLanguage.English;

    public static Labels For(RenderOptions options) => options.Language == ReportLanguage.Chinese ? Chinese : English;

    /// <summary>The status column: the method for a scored leaf, else the status word.</summary>
    public string StatusOf(IndicatorScore indicator) => indicator.Status switch
    {
        IndicatorStatus.Scored => MethodName(indicator.Method),
        IndicatorStatus.NotAssessed => NotAssessed,
        _ => Redistributed,
    };

    /// <summary>A scoring method as the status column shows it: the rule file's word in English, the bureau's in Chinese.</summary>
    public string MethodName(string? method) => !IsChinese || method is null ? method ?? string.Empty : method switch
    {
        "judgement" => "定性评分",
        "formula" => "公式计算",
        "bands" => "分档计分",
        "pass_fail" => "达标判定",
        "checklist" => "逐项计分",
        "deduction" => "扣分计算",
        "alternatives" => "择一考核",
        "rows" => "按三级指标计分",
        _ => method,
    };

    /// <summary>How a project row was scored: the rule's name in English, the bureau's words in Chinese.</summary>
    public string RowMethodName(RowResult row) => row.Method switch
    {
        null => NotAssessed,
        RowMethod.Qualitative => IsChinese ? "定性评价" : "qualitative",
        _ when !IsChinese => row.Rule!,
        RowMethod.Proportional => "正向指标",
        RowMethod.Inverse => "反向指标",
        RowMethod.DeductExcess => "反向指标（按超出比例扣分）",
        _ => "等于目标值",
    };

    /// <summary>The grade line: "Total: 92.76  Grade: 优 (excellent)", or "合计：92.76分  等级：优".</summary>
    public string GradeLine(Scorecard scorecard) => IsChinese
        ? Total + Colon + Format.Points(scorecard.Total, scorecard.Decimals) + "分  " + Grade + Colon + scorecard.Grade.Label
        : Total + Colon + Format.Points(scorecard.Total, scorecard.Decimals) + "  " + Grade + Colon + scorecard.Grade.Label + " (" + scorecard.Grade.Code + ")";

    /// <summary>A metric's or value's figure with its unit; in Chinese a ratio is a percentage to the rule set's decimals and a flag 是/否 (English is as it always was).</summary>
    public string Figure(NamedValue value, int decimals)
    {
        if (value.Number is { } number && IsRatio(value.Unit) && IsChinese)
        {
            return Format.Percent(number, decimals);
        }

        if (value.Boolean is { } flag && IsChinese)
        {
            return flag ? "是" : "否";
        }

        var figure = value.FormatValue();
        return value.Unit is null || value.Unit == "是/否" && IsChinese ? figure : IsChinese ? figure + value.Unit : figure + " " + value.Unit;
    }

    /// <summary>Whether a unit says the number is a ratio (shown as a percentage).</summary>
    public static bool IsRatio(string? unit) => unit == "ratio";

    /// <summary>"一级指标" … in Chinese, "Level 1" … in English.</summary>
    public string LevelName(int level) => ReferenceEquals(this, Chinese)
        ? ChineseNumerals.Digit(level) + Level
        : Level + " " + level.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
