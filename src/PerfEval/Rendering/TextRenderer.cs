using System;
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
    private const string Red = "\u001b[31m";
    private const string Yellow = "\u001b[33m";
    private const string Bold = "\u001b[1m";
    private const string Reset = "\u001b[0m";

    /// <summary>Renders a scorecard as text.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="options">Language and colour. <value>Defaults to <see cref="RenderOptions.Default"/>.</value></param>
    /// <returns>The text, ending with a newline.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="scorecard"/> is <see langword="null"/>.</exception>
    public static string Render(Scorecard scorecard, RenderOptions? options = null)
    {
        Guard.NotNull(scorecard);
        options ??= RenderOptions.Default;
        var labels = Labels.For(options);
        var d = scorecard.Decimals;
        var text = new StringBuilder();
        text.Append(scorecard.RuleSetTitle).Append("  [").Append(scorecard.RuleSetId).Append(' ').Append(scorecard.RuleSetVersion).Append("]\n");
        if (scorecard.Subject is not null)
        {
            text.Append(scorecard.Subject).Append('\n');
        }

        text.Append('\n');
        Row(text, labels.Indicator, labels.Weight, labels.Effective, labels.Score, labels.Lost, labels.Status, null);
        foreach (var indicator in scorecard.AllIndicators)
        {
            Row(
                text,
                new string(' ', 2 * (indicator.Level - 1)) + indicator.Name,
                Format.Points(indicator.Weight, d),
                Format.Points(indicator.EffectiveWeight, d),
                Format.Points(indicator.Score, d),
                Format.Points(indicator.PointsLost, d),
                labels.StatusOf(indicator),
                options.UseColour && !indicator.IsGroup && indicator.PointsLost > 0 ? Red : null);
        }

        Row(text, labels.Total, Format.Points(scorecard.TotalPoints, d), Format.Points(scorecard.EffectiveTotal, d), Format.Points(scorecard.Total, d), Format.Points(scorecard.PointsLost, d), string.Empty, options.UseColour ? Bold : null);
        text.Append('\n').Append(labels.Total).Append(": ").Append(Format.Points(scorecard.Total, d)).Append("  ").Append(labels.Grade).Append(": ").Append(scorecard.Grade.Label).Append(" (").Append(scorecard.Grade.Code).Append(")\n");

        text.Append('\n').Append(labels.HowScored).Append(":\n");
        foreach (var indicator in scorecard.AllIndicators.Where(i => !i.IsGroup))
        {
            text.Append("- ").Append(indicator.Id).Append(' ').Append(indicator.Name).Append(": ").Append(Format.Points(indicator.Score, d)).Append(" / ").Append(Format.Points(indicator.EffectiveWeight, d)).Append('\n');
            Details(text, indicator, labels, includeValues: false);
        }

        if (scorecard.WeightMoves.Count > 0)
        {
            text.Append('\n').Append(labels.Moves).Append(":\n");
            foreach (var move in scorecard.WeightMoves)
            {
                text.Append("- ").Append(move.From).Append(" → ").Append(move.To).Append(": ").Append(Format.Points(move.Points, d)).Append('\n');
            }
        }

        if (scorecard.Metrics.Count > 0)
        {
            text.Append('\n').Append(labels.Metrics).Append(":\n");
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
            text.Append('\n').Append(labels.Warnings).Append(":\n");
            foreach (var warning in scorecard.Warnings)
            {
                text.Append("- ").Append(options.UseColour ? Yellow : string.Empty).Append(warning).Append(options.UseColour ? Reset : string.Empty).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Renders one indicator in full: its place, weights and score, the formula with the values substituted, the
    /// values read, the band hit or deduction, any fallback, the reason and the rule's note.
    /// </summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="indicatorId">The indicator's id.</param>
    /// <param name="options">Language and colour. <value>Defaults to <see cref="RenderOptions.Default"/>.</value></param>
    /// <returns>The text, ending with a newline.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No indicator has that id.</exception>
    public static string RenderIndicator(Scorecard scorecard, string indicatorId, RenderOptions? options = null)
    {
        Guard.NotNull(scorecard);
        Guard.NotNull(indicatorId);
        var labels = Labels.For(options ?? RenderOptions.Default);
        var indicator = scorecard[indicatorId];
        var d = scorecard.Decimals;
        var text = new StringBuilder();
        text.Append(indicator.Id).Append(' ').Append(indicator.Name).Append("  (").Append(indicator.Path).Append(")\n");
        text.Append("  ").Append(labels.Weight).Append(' ').Append(Format.Points(indicator.Weight, d))
            .Append(", ").Append(labels.Effective).Append(' ').Append(Format.Points(indicator.EffectiveWeight, d))
            .Append(", ").Append(labels.Score).Append(' ').Append(Format.Points(indicator.Score, d))
            .Append(", ").Append(labels.Lost).Append(' ').Append(Format.Points(indicator.PointsLost, d))
            .Append(", ").Append(labels.StatusOf(indicator)).Append('\n');
        Details(text, indicator, labels, includeValues: true);
        foreach (var move in scorecard.WeightMoves.Where(m => m.From == indicator.Id || m.To == indicator.Id))
        {
            text.Append("    ").Append(labels.Moves).Append(": ").Append(move.From).Append(" → ").Append(move.To).Append(' ').Append(Format.Points(move.Points, d)).Append('\n');
        }

        foreach (var child in indicator.Children)
        {
            text.Append("  - ").Append(child.Id).Append(' ').Append(child.Name).Append(": ").Append(Format.Points(child.Score, d)).Append(" / ").Append(Format.Points(child.EffectiveWeight, d)).Append('\n');
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

    private static void Details(StringBuilder text, IndicatorScore indicator, Labels labels, bool includeValues)
    {
        var e = indicator.Explanation;
        Detail(text, labels.Formula, ExplanationRenderer.FormulaLine(e));
        if (includeValues)
        {
            foreach (var value in e?.Values ?? Array.Empty<NamedValue>())
            {
                Detail(text, value.Name, value.FormatValue() + (value.Unit is null ? string.Empty : " " + value.Unit) + (value.Description is null ? string.Empty : "  (" + value.Description + ")"));
            }
        }

        Detail(text, labels.How, ExplanationRenderer.Describe(indicator));
        Detail(text, labels.Reason, e?.Reason);
        if (includeValues)
        {
            Detail(text, labels.Note, indicator.Note);
        }
    }

    private static bool IsWide(char c) =>
        (c >= '\u1100' && c <= '\u115F') || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3')
        || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFE30' && c <= '\uFE4F') || (c >= '\uFF00' && c <= '\uFF60') || (c >= '\uFFE0' && c <= '\uFFE6');

    private static void Row(StringBuilder text, string name, string weight, string effective, string score, string lost, string status, string? colour)
    {
        var start = text.Length;
        text.Append(name).Append(' ', System.Math.Max(1, NameWidth - DisplayWidth(name)));
        foreach (var (value, width) in new List<(string, int)> { (weight, 7), (effective, 10), (score, 7), (lost, 7) })
        {
            text.Append(' ', System.Math.Max(1, width - DisplayWidth(value))).Append(value);
        }

        text.Append("  ").Append(status);
        while (text.Length > start && text[text.Length - 1] == ' ')
        {
            text.Length--;
        }

        if (colour is not null)
        {
            text.Insert(start, colour).Append(Reset);
        }

        text.Append('\n');
    }

    private static void Detail(StringBuilder text, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            text.Append("    ").Append(label).Append(": ").Append(value).Append('\n');
        }
    }
}
