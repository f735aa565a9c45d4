namespace PerfEval.Results;

/// <summary>
/// How a total was converted to the rule set's scale because rows were not assessed (不考核) under a group whose
/// fallback is <c>rescale</c>: <c>Total = round(Sum × TotalPoints / ApplicablePoints)</c>
/// ("用适用指标得分汇总后按百分制折算").
/// </summary>
/// <param name="Sum">The sum of the scores of everything assessed, before conversion.</param>
/// <param name="ExcludedPoints">The points of the rows not assessed.</param>
/// <param name="ApplicablePoints">The points that apply: the total points less the excluded ones.</param>
/// <param name="TotalPoints">The rule set's total points (100).</param>
public sealed record Rescaling(decimal Sum, decimal ExcludedPoints, decimal ApplicablePoints, decimal TotalPoints);
