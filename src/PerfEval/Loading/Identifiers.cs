using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace PerfEval.Loading;

/// <summary>The spelling rules for ids, names and versions.</summary>
internal static class Identifiers
{
    private static readonly Regex IndicatorId = new("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant);
    private static readonly Regex RuleSetId = new("^[a-z0-9][a-z0-9_.-]*$", RegexOptions.CultureInvariant);
    private static readonly Regex SemanticVersion = new(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$", RegexOptions.CultureInvariant);

    /// <summary>Words formulas give a meaning of their own, so no input or metric may take them.</summary>
    private static readonly HashSet<string> Reserved = new() { "weight", "true", "false", "and", "or", "not", "if", "in", "null" };

    public static bool IsIndicatorId(string id) => IndicatorId.IsMatch(id);

    public static bool IsRuleSetId(string id) => RuleSetId.IsMatch(id);

    public static bool IsName(string name) => IndicatorId.IsMatch(name) && !Reserved.Contains(name);

    public static bool IsSemanticVersion(string version) => SemanticVersion.IsMatch(version);
}
