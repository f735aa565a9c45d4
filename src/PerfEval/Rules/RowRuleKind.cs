namespace PerfEval.Rules;

/// <summary>How a row rule scores a quantitative row of a project form.</summary>
internal enum RowRuleKind
{
    /// <summary>正向: full marks when the actual reaches the target, else points × actual / target (YAML <c>proportional</c>).</summary>
    Proportional,

    /// <summary>反向: full marks when the actual stays within the target, else points × target / actual (YAML <c>inverse</c>).</summary>
    Inverse,

    /// <summary>反向 by deduction: <see cref="RowRule.Points"/> off for each <see cref="RowRule.Step"/> of excess over the target, as a share of it (YAML <c>deduct_excess</c>).</summary>
    DeductExcess,

    /// <summary>Exact: full marks when the actual is within <see cref="RowRule.Tolerance"/> of the target, else zero (YAML <c>exact</c>).</summary>
    Exact,
}
