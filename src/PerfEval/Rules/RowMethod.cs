using System;
using System.Collections.Generic;

namespace PerfEval.Rules;

/// <summary>How a row of a project form (项目支出绩效自评表) is scored.</summary>
public enum RowMethod
{
    /// <summary>正向: full marks when the actual reaches the target, else points × actual / target (YAML <c>proportional</c>).</summary>
    Proportional,

    /// <summary>反向: full marks when the actual stays within the target, else points × target / actual (YAML <c>inverse</c>).</summary>
    Inverse,

    /// <summary>反向 by deduction: points off for each step of excess over the target, as a share of it (YAML <c>deduct_excess</c>).</summary>
    DeductExcess,

    /// <summary>Exact: full marks when the actual is within the rule's tolerance of the target, else zero (YAML <c>exact</c>).</summary>
    Exact,

    /// <summary>定性: a qualitative target; the evaluator chooses a grade and gives a score within its range.</summary>
    Qualitative,
}

/// <summary>The rule file's word for each <see cref="RowMethod"/> a <c>row_rules</c> entry may name, read and written alike.</summary>
internal static class RowMethodNames
{
    /// <summary>The kinds a <c>row_rules</c> entry may have, by their YAML word.</summary>
    public static readonly IReadOnlyDictionary<string, RowMethod> ByName = new Dictionary<string, RowMethod>(StringComparer.Ordinal)
    {
        ["proportional"] = RowMethod.Proportional,
        ["inverse"] = RowMethod.Inverse,
        ["deduct_excess"] = RowMethod.DeductExcess,
        ["exact"] = RowMethod.Exact,
    };

    /// <summary>A method's word: its YAML kind, or <c>qualitative</c> for a qualitative row.</summary>
    public static string Of(RowMethod method)
    {
        foreach (var pair in ByName)
        {
            if (pair.Value == method)
            {
                return pair.Key;
            }
        }

        return "qualitative";
    }
}
