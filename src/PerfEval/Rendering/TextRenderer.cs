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
        if (scorecard.Subject is not null && !scorecard.HasRows)
        {
            text.Append(scorecard.Subject).Append('\n'); // a project's form names it as 项目名称
        }

        text.Append('\n');
        if (scorecard.HasRows)
        {
            ProjectFormText.Write(text, scorecard, ProjectFormWords.For(options), labels);
        }
        else
        {
            SummaryTable(text, scorecard, labels, options.UseColour);
        }

        if (scorecard.Rescaling is { } rescaling)
        {
            text.Append('\n').Append(ExplanationRenderer.RescalingLine(rescaling, scorecard.Total, labels, d)).Append('\n');
        }

        text.Append('\n').Append(labels.GradeLine(scorecard)).Append('\n');

        text.Append('\n').Append(labels.HowScored).Append(labels.Colon.TrimEnd()).Append('\n');
        var name = ExplanationRenderer.NameIn(scorecard);
        foreach (var indicator in scorecard.AllIndicators.Where(i => !i.IsGroup))
        {
            text.Append("- ").Append(ScoreLine(indicator, labels, d)).Append('\n');
            Details(text, indicator, labels, name, d, includeValues: false);
        }

        if (scorecard.WeightMoves.Count > 0)
        {
            text.Append('\n').Append(labels.Moves).Append(labels.Colon.TrimEnd()).Append('\n');
            foreach (var move in scorecard.WeightMoves)
            {
                text.Append("- ").Append(Move(move, labels, name, d)).Append('\n');
            }
        }

        if (scorecard.Metrics.Count > 0)
        {
            text.Append('\n').Append(labels.Metrics).Append(labels.Colon.TrimEnd()).Append('\n');
            foreach (var metric in scorecard.Metrics)
            {
                if (labels.IsChinese)
                {
                    text.Append("- ").Append(metric.Description ?? metric.Name).Append('：').Append(labels.Figure(metric, d)).Append('\n');
                    continue;
                }

                text.Append("- ").Append(metric.Name).Append(" = ").Append(labels.Figure(metric, d));
                if (metric.Description is not null)
                {
                    text.Append("  (").Append(metric.Description).Append(')');
                }

                text.Append('\n');
            }
        }

        if (scorecard.Warnings.Count > 0)
        {
            text.Append('\n').Append(labels.Warnings).Append(labels.Colon.TrimEnd()).Append('\n');
            foreach (var warning in scorecard.Warnings)
            {
                text.Append("- ").Append(options.UseColour ? Yellow : string.Empty).Append(warning.ToString(labels.Language)).Append(options.UseColour ? Reset : string.Empty).Append('\n');
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
        text.Append(indicator.Id).Append(' ').Append(indicator.Name).Append(labels.IsChinese ? "（" : "  (").Append(indicator.Path).Append(labels.IsChinese ? "）\n" : ")\n");
        var comma = labels.IsChinese ? "，" : ", ";
        var space = labels.IsChinese ? string.Empty : " ";
        text.Append("  ").Append(labels.Weight).Append(space).Append(Format.Points(indicator.Weight, d))
            .Append(comma).Append(labels.Effective).Append(space).Append(Format.Points(indicator.EffectiveWeight, d))
            .Append(comma).Append(labels.Score).Append(space).Append(Format.Points(indicator.Score, d))
            .Append(comma).Append(labels.Lost).Append(space).Append(Format.Points(indicator.PointsLost, d))
            .Append(labels.IsChinese && labels.StatusOf(indicator).Length == 0 ? string.Empty : comma + labels.StatusOf(indicator)).Append('\n');
        var name = ExplanationRenderer.NameIn(scorecard);
        Details(text, indicator, labels, name, d, includeValues: true);
        foreach (var move in scorecard.WeightMoves.Where(m => m.From == indicator.Id || m.To == indicator.Id))
        {
            text.Append("    ").Append(labels.Moves).Append(labels.Colon).Append(labels.IsChinese ? Move(move, labels, name, d) : move.From + " → " + move.To + " " + Format.Points(move.Points, d)).Append('\n');
        }

        foreach (var child in indicator.Children)
        {
            text.Append("  - ").Append(ScoreLine(child, labels, d)).Append('\n');
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

    /// <summary>"id name: 4.00 / 5.00", or "名称（id）：自评得分4.00分，指标分值5.00分".</summary>
    private static string ScoreLine(IndicatorScore indicator, Labels labels, int d) => labels.IsChinese
        ? indicator.Name + "（" + indicator.Id + "）：自评得分" + Format.Points(indicator.Score, d) + "分，指标分值" + Format.Points(indicator.EffectiveWeight, d) + "分"
        : indicator.Id + " " + indicator.Name + ": " + Format.Points(indicator.Score, d) + " / " + Format.Points(indicator.EffectiveWeight, d);

    /// <summary>A weight move: "from → to: 2.00", or "资金下达合规性：2分调整至“部门预算资金支出完成率”指标".</summary>
    internal static string Move(WeightMove move, Labels labels, Func<string, string> name, int decimals) => labels.IsChinese
        ? name(move.From) + "：" + Results.DiagnosticText.Number(move.Points) + "分调整至“" + name(move.To) + "”指标"
        : move.From + " → " + move.To + ": " + Format.Points(move.Points, decimals);

    private static void Details(StringBuilder text, IndicatorScore indicator, Labels labels, Func<string, string> name, int decimals, bool includeValues)
    {
        var e = indicator.Explanation;
        Detail(text, labels, labels.Formula, labels.IsChinese ? SelfEvaluationText.FormulaLineZh(indicator, decimals) : ExplanationRenderer.FormulaLine(e));
        if (includeValues)
        {
            foreach (var value in e?.Values ?? Array.Empty<NamedValue>())
            {
                var open = labels.IsChinese ? "（" : "  (";
                var close = labels.IsChinese ? "）" : ")";
                Detail(text, labels, value.Name, labels.Figure(value, decimals) + (value.Description is null ? string.Empty : open + value.Description + close));
            }
        }

        Detail(text, labels, labels.How, ExplanationRenderer.Describe(indicator, labels, name));
        Detail(text, labels, labels.Reason, e?.Reason);
        foreach (var row in e?.Rows ?? Array.Empty<RowResult>())
        {
            text.Append("    - ").Append(ExplanationRenderer.RowLine(row, labels, decimals)).Append('\n');
            Detail(text, labels, "  " + (row.Applies ? labels.RowReason : labels.Reason), row.Score < row.Points ? row.Reason : null);
        }

        if (includeValues)
        {
            Detail(text, labels, labels.Note, indicator.Note);
        }
    }

    /// <summary>The department form's table: each indicator's weights, score, points lost and status.</summary>
    private static void SummaryTable(StringBuilder text, Scorecard scorecard, Labels labels, bool useColour)
    {
        var d = scorecard.Decimals;
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
                useColour && !indicator.IsGroup && indicator.PointsLost > 0 ? Red : null);
        }

        Row(text, labels.Total, Format.Points(scorecard.TotalPoints, d), Format.Points(scorecard.EffectiveTotal, d), Format.Points(scorecard.Total, d), Format.Points(scorecard.PointsLost, d), string.Empty, useColour ? Bold : null);
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

    private static void Detail(StringBuilder text, Labels labels, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            text.Append("    ").Append(label).Append(labels.Colon).Append(value).Append('\n');
        }
    }
}
