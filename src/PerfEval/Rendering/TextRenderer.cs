using System.Collections.Generic;
using System.Linq;
using System.Text;
using PerfEval.Results;

namespace PerfEval.Rendering;

/// <summary>
/// Writes a <see cref="Scorecard"/> as a plain-text table (aligned for CJK text, which takes two columns),
/// followed by how each indicator was scored, the weight moves, the metrics and the warnings.
/// </summary>
public static class TextRenderer
{
    private const int NameWidth = 34;

    /// <summary>Renders a scorecard as text.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <returns>The text, ending with a newline.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="scorecard"/> is <see langword="null"/>.</exception>
    public static string Render(Scorecard scorecard)
    {
        Guard.NotNull(scorecard);
        var d = scorecard.Decimals;
        var text = new StringBuilder();
        text.Append(scorecard.RuleSetTitle).Append("  [").Append(scorecard.RuleSetId).Append(' ').Append(scorecard.RuleSetVersion).Append("]\n");
        if (scorecard.Subject is not null)
        {
            text.Append(scorecard.Subject).Append('\n');
        }

        text.Append('\n');
        Row(text, "Indicator", "Weight", "Effective", "Score", "Lost", "Status");
        foreach (var indicator in scorecard.AllIndicators)
        {
            var status = indicator.Status switch
            {
                IndicatorStatus.Scored => indicator.Method ?? string.Empty,
                IndicatorStatus.NotAssessed => "not assessed",
                _ => "redistributed",
            };
            Row(
                text,
                new string(' ', 2 * (indicator.Level - 1)) + indicator.Name,
                Format.Points(indicator.Weight, d),
                Format.Points(indicator.EffectiveWeight, d),
                Format.Points(indicator.Score, d),
                Format.Points(indicator.PointsLost, d),
                status);
        }

        var effective = scorecard.Indicators.Sum(i => i.EffectiveWeight);
        Row(text, "Total", Format.Points(scorecard.TotalPoints, d), Format.Points(effective, d), Format.Points(scorecard.Total, d), Format.Points(effective - scorecard.Total, d), string.Empty);
        text.Append('\n').Append("Total: ").Append(Format.Points(scorecard.Total, d)).Append("  Grade: ").Append(scorecard.Grade.Label).Append(" (").Append(scorecard.Grade.Code).Append(")\n");

        text.Append("\nHow each indicator was scored:\n");
        foreach (var indicator in scorecard.AllIndicators.Where(i => !i.IsGroup))
        {
            text.Append("- ").Append(indicator.Id).Append(' ').Append(indicator.Name).Append(": ").Append(Format.Points(indicator.Score, d)).Append(" / ").Append(Format.Points(indicator.EffectiveWeight, d)).Append('\n');
            Detail(text, "formula", indicator.Formula is null ? indicator.Substituted : indicator.Formula + " → " + indicator.Substituted);
            Detail(text, "how", indicator.Explanation);
            Detail(text, "reason", indicator.Reason);
        }

        if (scorecard.WeightMoves.Count > 0)
        {
            text.Append("\nWeight moves:\n");
            foreach (var move in scorecard.WeightMoves)
            {
                text.Append("- ").Append(move.From).Append(" → ").Append(move.To).Append(": ").Append(Format.Points(move.Points, d)).Append('\n');
            }
        }

        if (scorecard.Metrics.Count > 0)
        {
            text.Append("\nMetrics:\n");
            foreach (var metric in scorecard.Metrics)
            {
                text.Append("- ").Append(metric.Name).Append(" = ").Append(metric.FormatValue());
                if (metric.Unit is not null)
                {
                    text.Append(' ').Append(metric.Unit);
                }

                if (metric.Description is not null)
                {
                    text.Append("  (").Append(metric.Description).Append(')');
                }

                text.Append('\n');
            }
        }

        if (scorecard.Warnings.Count > 0)
        {
            text.Append("\nWarnings:\n");
            foreach (var warning in scorecard.Warnings)
            {
                text.Append("- ").Append(warning).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>The columns a string takes in a terminal: two for East Asian wide characters, one otherwise.</summary>
    internal static int DisplayWidth(string text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += IsWide(c) ? 2 : 1;
        }

        return width;
    }

    private static bool IsWide(char c) =>
        (c >= '\u1100' && c <= '\u115F') || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3')
        || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFE30' && c <= '\uFE4F') || (c >= '\uFF00' && c <= '\uFF60') || (c >= '\uFFE0' && c <= '\uFFE6');

    private static void Row(StringBuilder text, string name, string weight, string effective, string score, string lost, string status)
    {
        text.Append(name).Append(' ', System.Math.Max(1, NameWidth - DisplayWidth(name)));
        foreach (var (value, width) in new List<(string, int)> { (weight, 7), (effective, 10), (score, 7), (lost, 7) })
        {
            text.Append(' ', System.Math.Max(1, width - value.Length)).Append(value);
        }

        text.Append("  ").Append(status).Append('\n');
        var end = text.Length - 1;
        while (end > 0 && text[end - 1] == ' ')
        {
            text.Remove(end - 1, 1);
            end--;
        }
    }

    private static void Detail(StringBuilder text, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            text.Append("    ").Append(label).Append(": ").Append(value).Append('\n');
        }
    }
}
