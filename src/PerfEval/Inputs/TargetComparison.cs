namespace PerfEval.Inputs;

/// <summary>
/// The comparison written before a target figure of the project table (年度指标值), such as <c>≥</c> in <c>≥50个</c>
/// or <c>以内</c> after <c>90万元以内</c>.
/// </summary>
public enum TargetComparison
{
    /// <summary>No comparison, a bare figure such as <c>100%</c>; the rule set decides what a bare target means.</summary>
    None,

    /// <summary>At least the figure: <c>≥</c>, <c>&gt;=</c>, <c>≧</c>, <c>不低于</c>, <c>不少于</c>, <c>不小于</c>, <c>大于等于</c>, <c>至少</c>, or <c>以上</c> after it.</summary>
    AtLeast,

    /// <summary>At most the figure: <c>≤</c>, <c>&lt;=</c>, <c>≦</c>, <c>不高于</c>, <c>不超过</c>, <c>不多于</c>, <c>不大于</c>, <c>小于等于</c>, or <c>以下</c>/<c>以内</c> after it.</summary>
    AtMost,

    /// <summary>Exactly the figure: <c>=</c>, <c>＝</c>, <c>等于</c>.</summary>
    Equal,

    /// <summary>More than the figure: <c>&gt;</c>, <c>＞</c>, <c>大于</c>, <c>高于</c>, <c>多于</c>, <c>超过</c>.</summary>
    Greater,

    /// <summary>Less than the figure: <c>&lt;</c>, <c>＜</c>, <c>小于</c>, <c>低于</c>, <c>少于</c>.</summary>
    Less,
}
