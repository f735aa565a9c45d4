namespace PerfEval.Rules;

/// <summary>How the distance beyond the threshold is counted in units of <see cref="DeductionMethod.Per"/>.</summary>
public enum DeductionCounting
{
    /// <summary>In exact fractions of a unit: 2.5 points over, at 0.5 per point, deducts 1.25 (YAML <c>exact</c>).</summary>
    Exact,

    /// <summary>In whole units only ("每低于5%扣2分"): 7 % short, per 5 %, is one unit (YAML <c>whole</c>).</summary>
    Whole,

    /// <summary>In units begun ("不足5日按5日计"): 7 days late, per 5 days, is two units (YAML <c>started</c>).</summary>
    Started,
}
