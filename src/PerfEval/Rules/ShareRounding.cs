namespace PerfEval.Rules;

/// <summary>How moved weight is split into shares carrying the rule set's decimals (a <c>spread</c>, or a move onto a group).</summary>
public enum ShareRounding
{
    /// <summary>
    /// Each share but the last rounded, the last taking what is left (YAML <c>last</c>, the default): 1 over seven equal
    /// siblings gives 0.14 six times and 0.16.
    /// </summary>
    Last,

    /// <summary>
    /// Largest remainder (YAML <c>largest_remainder</c>): each share cut down to the decimals, then the units left over
    /// given one each to the shares that lost most, ties in tree order: 1 over seven equal siblings gives 0.15, 0.15 and
    /// 0.14 five times.
    /// </summary>
    LargestRemainder,
}
