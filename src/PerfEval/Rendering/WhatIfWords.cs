using System.Globalization;
using PerfEval.Inputs;
using PerfEval.WhatIf;

namespace PerfEval.Rendering;

/// <summary>The words of the what-if and reach renderings, in English and in the bureau's Chinese.</summary>
internal sealed class WhatIfWords
{
    public static readonly WhatIfWords English = new(false);

    public static readonly WhatIfWords Chinese = new(true);

    private WhatIfWords(bool chinese) => IsChinese = chinese;

    public bool IsChinese { get; }

    public string Colon => IsChinese ? "：" : ": ";

    public static WhatIfWords For(RenderOptions? options) => options?.Language == ReportLanguage.Chinese ? Chinese : English;

    public string WhatIfTitle => IsChinese ? "假设测算" : "What if";

    public string Changed => IsChinese ? "调整数据" : "Changes";

    public string Moved => IsChinese ? "得分变化" : "Scores that move";

    public string NothingMoved => IsChinese ? "各项得分不变" : "No score moves";

    public string Lost => IsChinese ? "扣分指标" : "Indicators that lost points";

    public string NoneLost => IsChinese ? "无扣分指标" : "No indicator lost points";

    public string NoOption => IsChinese ? "单项调整无法挽回全部扣分" : "no change of one input wins back every point";

    public string Reached => IsChinese ? "已达到目标，无需调整" : "The target is already met: nothing to change";

    public string Unreachable => IsChinese ? "在各项数据取值范围内无法达到目标" : "The target cannot be reached with changes within the inputs' declared ranges";

    /// <summary>A value as given: a number exact with its unit, a condition true/false (是/否), a text as it is.</summary>
    public string Value(InputValue? value, string? unit)
    {
        if (value is null)
        {
            return IsChinese ? "未填" : "(not given)";
        }

        return value.Kind switch
        {
            InputValueKind.Number => WithUnit(Format.Exact(value.Number), unit),
            InputValueKind.Boolean => IsChinese ? (value.Boolean ? "是" : "否") : (value.Boolean ? "true" : "false"),
            _ => value.Text!,
        };
    }

    public string WithUnit(string figure, string? unit) => unit is null ? figure : IsChinese ? figure + unit : figure + " " + unit;

    /// <summary>A signed change: "+1.24" in English, "增加1.24分" in Chinese.</summary>
    public string Delta(decimal delta, string figure, string? unit) => IsChinese
        ? (delta < 0m ? "减少" : "增加") + figure.TrimStart('-') + (unit ?? string.Empty)
        : (delta < 0m ? "−" + figure.TrimStart('-') : "+" + figure) + (unit is null ? string.Empty : " " + unit);

    public string PointsDelta(decimal delta, int decimals) => Delta(delta, Format.Points(delta, decimals), IsChinese ? "分" : null);

    public string Points(decimal value, int decimals) => IsChinese ? Format.Points(value, decimals) + "分" : Format.Points(value, decimals);

    /// <summary>An input or judgement changed: "actual_spending (实际支出): 2679.48 万元 → 2774.62 万元 (+95.14 万元)".</summary>
    public string Change(InputChange change)
    {
        if (change.IsJudgement)
        {
            var before = change.Before is { } b ? Format.Exact(b.Number) : null;
            var after = Format.Exact(change.After.Number);
            return IsChinese
                ? $"{change.Description ?? change.Name}评分{Colon}{(before is null ? "未评" : before + "分")} → {after}分"
                : $"judgement {change.Name}{(change.Description is null ? string.Empty : " (" + change.Description + ")")}{Colon}{before ?? "(not given)"} → {after}";
        }

        var named = change.Description is null ? change.Name : IsChinese ? $"{change.Description}（{change.Name}）" : $"{change.Name} ({change.Description})";
        var delta = change.Delta is { } d ? (IsChinese ? "（" : " (") + Delta(d, Format.Exact(d), change.Unit) + (IsChinese ? "）" : ")") : string.Empty;
        return $"{named}{Colon}{Value(change.Before, change.Unit)} → {Value(change.After, change.Unit)}{delta}";
    }

    /// <summary>"Total: 92.76 → 94.00 (+1.24)  Grade: 优 → 优", or "合计：92.76分 → 94.00分（增加1.24分）  等级：优 → 优".</summary>
    public string TotalLine(WhatIfResult result)
    {
        var d = result.Before.Decimals;
        var delta = result.TotalChange == 0m ? string.Empty : (IsChinese ? "（" : " (") + PointsDelta(result.TotalChange, d) + (IsChinese ? "）" : ")");
        return IsChinese
            ? $"合计{Colon}{Points(result.Before.Total, d)} → {Points(result.After.Total, d)}{delta}  等级{Colon}{result.Before.Grade.Label} → {result.After.Grade.Label}"
            : $"Total{Colon}{Points(result.Before.Total, d)} → {Points(result.After.Total, d)}{delta}  Grade{Colon}{result.Before.Grade.Label} ({result.Before.Grade.Code}) → {result.After.Grade.Label} ({result.After.Grade.Code})";
    }

    /// <summary>The target: "total 95.00" or "grade 优 (excellent)"; "合计95.00分" or "等级“优”".</summary>
    public string Target(ReachResult result)
    {
        var d = result.Before.Decimals;
        if (result.Target.Level is not null)
        {
            var label = result.TargetGrade?.Label ?? result.Target.ToString();
            return IsChinese
                ? $"等级“{label}”（合计{Points(result.TargetTotal, d)}及以上）"
                : $"grade {label} ({result.Target}: a total of {Points(result.TargetTotal, d)} or more)";
        }

        return IsChinese ? $"合计{Points(result.TargetTotal, d)}" : $"a total of {Points(result.TargetTotal, d)}";
    }

    public static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
