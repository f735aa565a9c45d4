using PerfEval.Rendering;

namespace PerfEval.Comparison;

/// <summary>One difference between two rule sets.</summary>
public sealed class RuleSetChange
{
    internal RuleSetChange(ChangeKind kind, string? subject, string? before, string? after)
    {
        Kind = kind;
        Subject = subject;
        Before = before;
        After = after;
    }

    /// <summary>Gets the kind of change.</summary>
    public ChangeKind Kind { get; }

    /// <summary>Gets what changed: an indicator id, input or metric name, check id or metadata key.</summary>
    public string? Subject { get; }

    /// <summary>Gets the old rule as text, or <see langword="null"/> when added.</summary>
    public string? Before { get; }

    /// <summary>Gets the new rule as text, or <see langword="null"/> when removed.</summary>
    public string? After { get; }

    /// <summary>Formats the change on one line, in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(ReportLanguage.English);

    /// <summary>
    /// Formats the change on one line in a language: <c>Weight a: 50 → 60</c>, or <c>分值 a：50 → 60</c>. The old and new
    /// rule are shown as <see cref="RuleSetComparer.Compare"/> wrote them, so compare in the same language.
    /// </summary>
    /// <param name="language">The language of the kind and the words around the rules.</param>
    /// <returns>The text.</returns>
    public string ToString(ReportLanguage language)
    {
        var zh = language == ReportLanguage.Chinese;
        var subject = zh && Kind == ChangeKind.Metadata ? MetadataKeyZh(Subject) : Subject;
        var head = (zh ? KindZh(Kind) : Kind.ToString()) + (subject is null || zh && Kind is ChangeKind.Total or ChangeKind.Rounding or ChangeKind.GradeBands ? string.Empty : " " + subject);
        return (Before, After, zh) switch
        {
            (null, { } after, false) => $"{head}: added {after}",
            ({ } before, null, false) => $"{head}: removed {before}",
            (_, _, false) => $"{head}: {Before} → {After}",
            (null, { } after, true) => Kind == ChangeKind.IndicatorAdded ? $"{head}：{after}" : $"{head}：新增 {after}",
            ({ } before, null, true) => Kind == ChangeKind.IndicatorRemoved ? $"{head}：{before}" : $"{head}：删除 {before}",
            _ => $"{head}：{Before} → {After}",
        };
    }

    private static string KindZh(ChangeKind kind) => kind switch
    {
        ChangeKind.Metadata => "基本信息",
        ChangeKind.Total => "总分值",
        ChangeKind.Rounding => "小数位数",
        ChangeKind.GradeBands => "等级划分",
        ChangeKind.IndicatorAdded => "新增指标",
        ChangeKind.IndicatorRemoved => "删除指标",
        ChangeKind.IndicatorMoved => "调整上级指标",
        ChangeKind.IndicatorRenamed => "指标名称",
        ChangeKind.Weight => "分值",
        ChangeKind.Method => "计分方法",
        ChangeKind.Formula => "计分公式",
        ChangeKind.Bands => "分档标准",
        ChangeKind.Scoring => "评分标准",
        ChangeKind.Applicability => "适用条件",
        ChangeKind.Input => "输入项",
        ChangeKind.Metric => "计算指标",
        _ => "校验规则",
    };

    private static string? MetadataKeyZh(string? key) => key switch
    {
        "id" => "规则集标识",
        "version" => "版本",
        "title" => "名称",
        "jurisdiction" => "适用地区",
        "fiscal_year" => "年度",
        "source" => "依据",
        _ => key,
    };
}
