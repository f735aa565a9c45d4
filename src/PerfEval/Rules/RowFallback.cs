namespace PerfEval.Rules;

/// <summary>What becomes of a row that is not assessed (不考核): its group's <c>rows.fallback</c> (format 1.1).</summary>
internal enum RowFallback
{
    /// <summary>
    /// The row drops out and the total is converted to the 100-point scale: total × total points / points that apply
    /// ("不考核该指标，用适用指标得分汇总后按百分制折算"). YAML <c>rescale</c>, the default.
    /// </summary>
    Rescale,

    /// <summary>The row scores 0 and nothing is converted. YAML <c>zero</c>.</summary>
    Zero,
}
