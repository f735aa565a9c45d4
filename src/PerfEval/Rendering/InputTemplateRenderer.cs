using System.Globalization;
using System.Linq;
using System.Text;
using PerfEval.Rules;

namespace PerfEval.Rendering;

/// <summary>
/// Writes a blank input file for a rule set: every declared input with its type, unit, range and description as a
/// comment and <c>null</c> as its value, and a placeholder for every judgement. Filled in, it is read by
/// <c>JsonInputReader</c>; left blank, reading it names every value still missing.
/// </summary>
public static class InputTemplateRenderer
{
    /// <summary>Renders the template.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <returns>JSON with <c>//</c> comments, ending with a newline.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="ruleSet"/> is <see langword="null"/>.</exception>
    public static string Render(RuleSet ruleSet) => Render(ruleSet, RenderOptions.Default);

    /// <summary>Renders the template with its comments in the language of <paramref name="options"/> (the JSON itself is the same).</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="options">The language of the comments.</param>
    /// <returns>JSON with <c>//</c> comments, ending with a newline.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string Render(RuleSet ruleSet, RenderOptions options)
    {
        Guard.NotNull(ruleSet);
        Guard.NotNull(options);
        var zh = options.Language == ReportLanguage.Chinese;
        var text = new StringBuilder();
        if (zh)
        {
            text.Append("// ").Append(ruleSet.Title).Append("填报模板（").Append(ruleSet.Id).Append('@').Append(ruleSet.Version).Append("）。\n");
            text.Append("// 请将每个 null 替换为实际数据；只有标明“选填”的项目可以保留 null。定性指标须填写得分（score）和评分理由（reason）。\n");
        }
        else
        {
            text.Append("// Input for ").Append(ruleSet.Title).Append(" (").Append(ruleSet.Id).Append('@').Append(ruleSet.Version).Append(").\n");
            text.Append("// Replace every null with the figure; leave null only where a value is marked optional. Judgements need a score and a reason.\n");
        }

        text.Append("{\n  \"subject\": \"\",\n  \"values\": {\n");
        for (var i = 0; i < ruleSet.Inputs.Count; i++)
        {
            var input = ruleSet.Inputs[i];
            text.Append("    // ").Append(zh ? DescribeZh(input) : Describe(input)).Append('\n');
            text.Append("    \"").Append(input.Name).Append("\": null").Append(i < ruleSet.Inputs.Count - 1 ? "," : string.Empty).Append('\n');
        }

        text.Append("  },\n  \"judgements\": {\n");
        var judged = Leaves(ruleSet.Indicators).Where(l => l.Method is JudgementMethod || (l.Method is AlternativesMethod a && a.Options.Any(o => o.Method is JudgementMethod))).ToList();
        for (var i = 0; i < judged.Count; i++)
        {
            var leaf = judged[i];
            var criteria = (leaf.Method as JudgementMethod)?.Criteria;
            var conditional = !(leaf.AppliesWhen is null && leaf.Method is JudgementMethod);
            if (zh)
            {
                text.Append("    // ").Append(leaf.Name).Append("：0至").Append(leaf.Weight.ToString(CultureInfo.InvariantCulture)).Append("分")
                    .Append(criteria is null ? string.Empty : "。评分标准：" + criteria)
                    .Append(conditional ? "。仅在本项指标考核时填写" : string.Empty)
                    .Append('\n');
            }
            else
            {
                text.Append("    // ").Append(leaf.Name).Append(": 0 to ").Append(leaf.Weight.ToString(CultureInfo.InvariantCulture)).Append(" points")
                    .Append(criteria is null ? string.Empty : ". " + criteria)
                    .Append(conditional ? ". Only needed when it is assessed" : string.Empty)
                    .Append('\n');
            }

            text.Append("    \"").Append(leaf.Id).Append("\": { \"score\": null, \"reason\": \"\" }").Append(i < judged.Count - 1 ? "," : string.Empty).Append('\n');
        }

        text.Append("  }");
        AppendRows(text, ruleSet, zh);
        text.Append("\n}\n");
        return text.ToString();
    }

    /// <summary>
    /// A project form's <c>"rows"</c>: for each group whose rows the input brings, what its rows must add up to and the
    /// kinds they may be, then one blank row per kind to copy for each of the project's own 三级指标.
    /// </summary>
    private static void AppendRows(StringBuilder text, RuleSet ruleSet, bool zh)
    {
        var groups = All(ruleSet.Indicators).Where(i => i.Rows is not null).ToList();
        if (groups.Count == 0)
        {
            return;
        }

        text.Append(",\n  \"rows\": [\n");
        if (zh)
        {
            text.Append("    // 每个三级指标填写一行，可按需复制；分值（points）为数字；年度指标值（target）与实际完成值（actual）按表中所写填写，如“≥50个”“51个”；\n")
                .Append("    // 定性指标填写评价等级（grade）和得分（score）；未得满分的须填写偏差原因（reason）；不考核的填写 \"applies\": false。\n");
        }
        else
        {
            text.Append("    // One row per third-level indicator; copy as needed. points is a number; target and actual as the table writes them (≥50个, 51个);\n")
                .Append("    // a qualitative row takes a grade and a score; a row below full marks needs a reason; a row not assessed takes \"applies\": false.\n");
        }

        if (ruleSet.QualitativeGrades.Count > 0)
        {
            var grades = string.Join(zh ? "、" : ", ", ruleSet.QualitativeGrades.Select(g => g.Label));
            text.Append("    // ").Append(zh ? "定性指标评价等级：" : "Grades of qualitative rows: ").Append(grades).Append('\n');
        }

        var blanks = groups.SelectMany(g => g.Rows!.Kinds.Select(k => (Group: g, Kind: k))).ToList();
        Indicator? last = null;
        for (var i = 0; i < blanks.Count; i++)
        {
            var (group, kind) = blanks[i];
            if (group != last)
            {
                var weight = group.Weight.ToString(CultureInfo.InvariantCulture);
                text.Append("    // ").Append(group.Name).Append(zh ? "：各行分值合计" + weight + "分" : ": the rows add up to " + weight + " points").Append('\n');
                last = group;
            }

            text.Append("    { \"level1\": \"").Append(group.Name).Append("\", \"level2\": \"").Append(kind.Name)
                .Append("\", \"name\": \"\", \"points\": null, \"target\": null, \"actual\": null, \"reason\": null }")
                .Append(i < blanks.Count - 1 ? "," : string.Empty).Append('\n');
        }

        text.Append("  ]");
    }

    private static System.Collections.Generic.IEnumerable<Indicator> All(System.Collections.Generic.IEnumerable<Indicator> indicators) =>
        indicators.SelectMany(i => All(i.Children).Prepend(i));

    private static string Describe(InputDefinition input)
    {
        var parts = new StringBuilder(input.Description ?? input.Name).Append(" — ").Append(input.Type.ToString().ToLowerInvariant());
        if (input.Unit is not null)
        {
            parts.Append(", ").Append(input.Unit);
        }

        if (input.Min is not null || input.Max is not null)
        {
            parts.Append(", ").Append(new NumericRange(input.Min, true, input.Max, true));
        }

        if (input.Choices.Count > 0)
        {
            parts.Append(", one of ").Append(string.Join(" / ", input.Choices));
        }

        parts.Append(input.Required ? ", required" : ", optional (null = not given)");
        return parts.ToString();
    }

    /// <summary>An input in words: its description, kind, unit, range, choices and whether it must be given (also how <c>diff</c> words an input under Chinese).</summary>
    internal static string DescribeZh(InputDefinition input)
    {
        var parts = new StringBuilder(input.Description ?? input.Name).Append(" — ").Append(input.Type switch
        {
            InputType.Decimal => "数值",
            InputType.Integer => "整数",
            InputType.Boolean => "是否（填 true 或 false）",
            InputType.Choice => "选项",
            _ => "文字",
        });
        if (input.Unit is not null && input.Type != InputType.Boolean)
        {
            parts.Append("，单位：").Append(input.Unit == "ratio" ? "比率（如 0.9657 即 96.57%）" : input.Unit);
        }

        if (input.Min is not null || input.Max is not null)
        {
            parts.Append("，取值范围").Append(new NumericRange(input.Min, true, input.Max, true));
        }

        if (input.Choices.Count > 0)
        {
            parts.Append("，可选：").Append(string.Join(" / ", input.Choices));
        }

        parts.Append(input.Required ? "，必填" : "，选填（null 表示未提供）");
        return parts.ToString();
    }

    private static System.Collections.Generic.IEnumerable<Indicator> Leaves(System.Collections.Generic.IEnumerable<Indicator> indicators) =>
        indicators.SelectMany(i => i.IsGroup ? Leaves(i.Children) : new[] { i });
}
