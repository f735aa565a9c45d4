namespace PerfEval.Rendering;

/// <summary>The language of a rendering's labels (names and reasons are always the rule set's and evaluator's own).</summary>
public enum ReportLanguage
{
    /// <summary>English labels.</summary>
    English,

    /// <summary>Chinese labels (指标, 分值, 得分, …).</summary>
    Chinese,
}
