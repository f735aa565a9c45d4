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

        text.Append("  }\n}\n");
        return text.ToString();
    }

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

    private static string DescribeZh(InputDefinition input)
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
