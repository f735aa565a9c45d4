using System.Linq;
using System.Text;
using System.Text.Json;
using PerfEval.WhatIf;

namespace PerfEval.Rendering;

/// <summary>
/// Writes a <see cref="ReachResult"/> as text or JSON: the target and the points it needs, each indicator that lost
/// points with the changes that would win them back (the points a judgement needs), and the fewest changes that reach
/// the target; in English, or under <see cref="ReportLanguage.Chinese"/> in the bureau's words.
/// </summary>
public static class ReachRenderer
{
    /// <summary>Renders what it would take as text.</summary>
    /// <param name="result">The reach result.</param>
    /// <param name="options">The language. <value>Defaults to <see cref="RenderOptions.Default"/>: English.</value></param>
    /// <returns>The text, ending with a newline.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static string Render(ReachResult result, RenderOptions? options = null)
    {
        Guard.NotNull(result);
        var words = WhatIfWords.For(options);
        var zh = words.IsChinese;
        var d = result.Before.Decimals;
        var text = new StringBuilder();
        WhatIfRenderer.Heading(text, zh ? "达标测算" : "What it takes", result.Before, words);
        text.Append(zh ? "目标" : "Target").Append(words.Colon).Append(words.Target(result))
            .Append(zh ? $"；现合计{words.Points(result.Before.Total, d)}，等级“{result.Before.Grade.Label}”" : $"; now {words.Points(result.Before.Total, d)}, grade {result.Before.Grade.Label} ({result.Before.Grade.Code})");
        if (!result.IsReached)
        {
            text.Append(zh ? $"，还差{words.Points(result.PointsNeeded, d)}" : $", {words.Points(result.PointsNeeded, d)} points short");
        }

        text.Append('\n').Append('\n');
        Lost(text, result, words);
        text.Append('\n');
        Plan(text, result, words);
        return text.ToString();
    }

    /// <summary>Renders what it would take as indented JSON: camelCase keys, every key always present, scores with the rule set's decimals.</summary>
    /// <param name="result">The reach result.</param>
    /// <param name="options">The language of each change's <c>text</c> (keys and codes stay as they are). <value>Defaults to English.</value></param>
    /// <returns>The JSON text, ending with a newline.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static string RenderJson(ReachResult result, RenderOptions? options = null)
    {
        Guard.NotNull(result);
        var words = WhatIfWords.For(options);
        var d = result.Before.Decimals;
        return WhatIfRenderer.Json(writer =>
        {
            writer.WriteStartObject();
            WhatIfRenderer.RuleSet(writer, result.Before);
            writer.WriteStartObject("target");
            writer.WriteString("grade", result.Target.Level is null ? null : result.Target.ToString());
            writer.WriteString("gradeLabel", result.TargetGrade?.Label);
            WhatIfRenderer.Points(writer, "total", result.TargetTotal, d);
            writer.WriteEndObject();
            WhatIfRenderer.Card(writer, "before", result.Before);
            WhatIfRenderer.Points(writer, "pointsNeeded", result.PointsNeeded, d);
            writer.WriteBoolean("reached", result.IsReached);
            writer.WriteBoolean("reachable", result.IsReachable);
            writer.WriteStartArray("indicators");
            foreach (var lost in result.Indicators)
            {
                writer.WriteStartObject();
                writer.WriteString("id", lost.Id);
                writer.WriteString("name", lost.Name);
                writer.WriteString("method", lost.Method);
                WhatIfRenderer.Points(writer, "score", lost.Score, d);
                WhatIfRenderer.Points(writer, "effectiveWeight", lost.EffectiveWeight, d);
                WhatIfRenderer.Points(writer, "pointsLost", lost.Points, d);
                writer.WriteBoolean("judgement", lost.IsJudgement);
                writer.WriteStartArray("options");
                foreach (var option in lost.Options)
                {
                    Proposal(writer, option, words, d);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (result.Plan is { } plan)
            {
                writer.WriteStartObject("plan");
                writer.WriteStartArray("changes");
                foreach (var change in plan.Changes)
                {
                    Proposal(writer, change, words, d);
                }

                writer.WriteEndArray();
                writer.WriteStartObject("outcome");
                WhatIfRenderer.Write(writer, plan.Outcome, words);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("plan");
            }

            writer.WriteEndObject();
        });
    }

    private static void Lost(StringBuilder text, ReachResult result, WhatIfWords words)
    {
        var zh = words.IsChinese;
        var d = result.Before.Decimals;
        if (result.Indicators.Count == 0)
        {
            text.Append(words.NoneLost).Append('\n');
            return;
        }

        text.Append(words.Lost).Append(words.Colon.TrimEnd()).Append('\n');
        foreach (var lost in result.Indicators)
        {
            text.Append("  ").Append(WhatIfRenderer.Named(lost.Name, lost.Id, words)).Append(words.Colon)
                .Append(zh
                    ? $"得分{words.Points(lost.Score, d)}，指标分值{words.Points(lost.EffectiveWeight, d)}，扣{words.Points(lost.Points, d)}"
                    : $"{words.Points(lost.Score, d)} of {words.Points(lost.EffectiveWeight, d)}, {words.Points(lost.Points, d)} lost")
                .Append('\n');
            if (lost.Options.Count == 0)
            {
                text.Append("    ").Append(words.NoOption).Append('\n');
            }

            foreach (var option in lost.Options)
            {
                text.Append("    ").Append(Describe(option, words, d)).Append('\n');
                foreach (var effect in option.SideEffects)
                {
                    text.Append("      ").Append(zh ? "连带影响" : "also moves").Append(words.Colon).Append(WhatIfRenderer.Named(effect.Name, effect.Id, words)).Append(' ')
                        .Append(words.Points(effect.Before ?? 0m, d)).Append(" → ").Append(words.Points(effect.After ?? 0m, d))
                        .Append(zh ? "（" : " (").Append(words.PointsDelta(effect.Delta, d)).Append(zh ? "）" : ")").Append('\n');
                }
            }
        }
    }

    private static void Plan(StringBuilder text, ReachResult result, WhatIfWords words)
    {
        var zh = words.IsChinese;
        if (result.Plan is not { } plan)
        {
            text.Append(words.Unreachable).Append('\n');
            return;
        }

        if (plan.Changes.Count == 0)
        {
            text.Append(words.Reached).Append('\n');
            return;
        }

        var count = WhatIfWords.Count(plan.Changes.Count);
        text.Append(zh ? $"最少调整方案（调整{count}项指标）" : $"Fewest indicators changed to reach the target ({count})").Append(words.Colon.TrimEnd()).Append('\n');
        foreach (var change in plan.Changes)
        {
            var name = plan.Outcome.Before.TryGetIndicator(change.IndicatorId, out var row) ? row.Name : change.IndicatorId;
            text.Append("  ").Append(WhatIfRenderer.Named(name, change.IndicatorId, words)).Append(words.Colon).Append(Describe(change, words, result.Before.Decimals)).Append('\n');
        }

        text.Append(words.TotalLine(plan.Outcome)).Append('\n');
        WhatIfRenderer.Moves(text, plan.Outcome, words);
    }

    /// <summary>One proposal on a line: the change (or a judgement's points), the points it wins back, and whether it is in range.</summary>
    private static string Describe(ProposedChange option, WhatIfWords words, int d)
    {
        var zh = words.IsChinese;
        var change = option.Change;
        var line = new StringBuilder();
        if (change.IsJudgement)
        {
            line.Append(zh
                ? $"定性评分需提高{words.Points(option.PointsRecovered, d)}（评为{words.Points(change.After.Number, d)}，现为{words.Points(change.Before?.Number ?? 0m, d)}）"
                : $"judgement needs {words.Points(option.PointsRecovered, d)} more points (a score of {words.Points(change.After.Number, d)}, now {words.Points(change.Before?.Number ?? 0m, d)})");
        }
        else
        {
            line.Append(words.Change(change)).Append(zh ? $"，可挽回{words.Points(option.PointsRecovered, d)}" : $", wins back {words.Points(option.PointsRecovered, d)}");
        }

        if (!option.WithinRange)
        {
            line.Append(zh ? $"；超出取值范围{option.Range}" : $"; outside the declared range {option.Range}");
        }

        return line.ToString();
    }

    private static void Proposal(Utf8JsonWriter writer, ProposedChange option, WhatIfWords words, int d)
    {
        writer.WriteStartObject();
        writer.WriteString("indicator", option.IndicatorId);
        writer.WritePropertyName("change");
        WhatIfRenderer.Change(writer, option.Change, words);
        writer.WriteBoolean("withinRange", option.WithinRange);
        writer.WriteString("range", option.Range?.ToString());
        writer.WriteNumber("step", option.Step);
        WhatIfRenderer.Points(writer, "pointsRecovered", option.PointsRecovered, d);
        WhatIfRenderer.Points(writer, "totalChange", option.TotalChange, d);
        writer.WriteStartArray("sideEffects");
        foreach (var effect in option.SideEffects)
        {
            WhatIfRenderer.ScoreChange(writer, effect, d);
        }

        writer.WriteEndArray();
        writer.WriteString("text", Describe(option, words, d));
        writer.WriteEndObject();
    }
}
