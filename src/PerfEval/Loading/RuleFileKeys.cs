using System.Collections.Generic;

namespace PerfEval.Loading;

/// <summary>
/// Every key a rule file may use, by the kind of mapping it appears in. The reader accepts exactly these (anything
/// else is an unknown-key error), and a test keeps the JSON Schema in <c>docs/schema</c> in step with this table.
/// </summary>
internal static class RuleFileKeys
{
    public static readonly string[] MethodKeys = { "formula", "bands", "deduction", "checklist", "pass_fail", "judgement", "alternatives" };

    /// <summary>Keys a file that <c>extends</c> another may put on an indicator, input, metric or check; resolving removes them.</summary>
    public static readonly string[] PatchKeys = { "remove", "parent", "after" };

    /// <summary>Which patch keys each kind of mapping accepts in a file that extends another.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> PatchKeysByKind = new Dictionary<string, string[]>
    {
        ["indicator"] = PatchKeys,
        ["input"] = new[] { "remove" },
        ["metric"] = new[] { "remove" },
        ["check"] = new[] { "remove" },
    };

    public static readonly IReadOnlyDictionary<string, string[]> ByKind = new Dictionary<string, string[]>
    {
        ["root"] = new[] { "format", "id", "version", "extends", "title", "jurisdiction", "fiscal_year", "source", "note", "total", "rounding", "received_weight", "grades", "inputs", "metrics", "checks", "indicators", "report", "row_rules", "qualitative_grades", "units", "project_form" },
        ["report"] = new[] { "overview", "tasks", "spending", "goals", "other" },
        ["project_form"] = new[] { "department", "implementer", "funds", "goal", "achieved", "note" },
        ["funds_line"] = new[] { "label", "initial", "annual", "executed", "rate", "indicator", "note" },
        ["rounding"] = new[] { "decimals", "midpoint", "shares", "note" },
        ["grade"] = new[] { "grade", "label", "gte", "gt", "lte", "lt", "note" },
        ["input"] = new[] { "name", "type", "unit", "description", "required", "min", "max", "choices", "note" },
        ["metric"] = new[] { "name", "expression", "unit", "description", "note" },
        ["check"] = new[] { "id", "assert", "message", "note" },
        ["indicator"] = Concat(new[] { "id", "name", "weight", "note", "applies_when", "fallback", "children", "report", "rows" }, MethodKeys),
        ["rows"] = new[] { "kinds", "at_least", "at_most", "equal", "bare", "fallback", "note" },
        ["row_kind"] = new[] { "name", "at_least", "at_most", "equal", "note" },
        ["row_rule"] = new[] { "name", "kind", "step", "points", "counting", "tolerance", "note" },
        ["qualitative_grade"] = new[] { "label", "gte", "gt", "lte", "lt", "phrases", "note" },
        ["fallback"] = new[] { "kind", "target", "note" },
        ["bands"] = new[] { "value", "ranges", "note" },
        ["band"] = new[] { "gte", "gt", "lte", "lt", "points", "note" },
        ["deduction"] = new[] { "value", "threshold", "direction", "per", "points", "counting", "note" },
        ["checklist"] = new[] { "criteria", "note" },
        ["criterion"] = new[] { "id", "name", "met", "points" },
        ["pass_fail"] = new[] { "condition", "note" },
        ["judgement"] = new[] { "criteria", "note" },
        ["alternative"] = Concat(new[] { "name", "when" }, MethodKeys),
    };

    private static string[] Concat(string[] first, string[] second)
    {
        var all = new string[first.Length + second.Length];
        first.CopyTo(all, 0);
        second.CopyTo(all, first.Length);
        return all;
    }
}
