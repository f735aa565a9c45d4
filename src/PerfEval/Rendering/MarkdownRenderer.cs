using System;
using System.Linq;
using System.Text;
using PerfEval.Results;

namespace PerfEval.Rendering;

/// <summary>Writes a <see cref="Scorecard"/> as Markdown: a table of every indicator, then how each was scored.</summary>
public static class MarkdownRenderer
{
    /// <summary>Renders a scorecard as Markdown.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="options">The language of the labels. <value>Defaults to <see cref="RenderOptions.Default"/>.</value></param>
    /// <returns>The Markdown, ending with a newline.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="scorecard"/> is <see langword="null"/>.</exception>
    public static string Render(Scorecard scorecard, RenderOptions? options = null)
    {
        Guard.NotNull(scorecard);
        var labels = Labels.For(options ?? RenderOptions.Default);
        var d = scorecard.Decimals;
        var text = new StringBuilder();
        text.Append("# ").Append(Escape(scorecard.RuleSetTitle)).Append("\n\n");
        if (scorecard.Subject is not null)
        {
            text.Append("**").Append(Escape(scorecard.Subject)).Append("**  \n");
        }

        text.Append('`').Append(scorecard.RuleSetId).Append(' ').Append(scorecard.RuleSetVersion).Append("`\n\n");
        text.Append("| ").Append(labels.Indicator).Append(" | ").Append(labels.Weight).Append(" | ").Append(labels.Effective).Append(" | ")
            .Append(labels.Score).Append(" | ").Append(labels.Lost).Append(" | ").Append(labels.Status).Append(" |\n");
        text.Append("|---|---:|---:|---:|---:|---|\n");
        foreach (var indicator in scorecard.AllIndicators)
        {
            var name = string.Concat(Enumerable.Repeat("&nbsp;&nbsp;", indicator.Level - 1)) + (indicator.IsGroup ? "**" + Escape(indicator.Name) + "**" : Escape(indicator.Name));
            text.Append("| ").Append(name).Append(" | ").Append(Format.Points(indicator.Weight, d)).Append(" | ").Append(Format.Points(indicator.EffectiveWeight, d))
                .Append(" | ").Append(Format.Points(indicator.Score, d)).Append(" | ").Append(Format.Points(indicator.PointsLost, d)).Append(" | ").Append(labels.StatusOf(indicator)).Append(" |\n");
        }

        text.Append("| **").Append(labels.Total).Append("** | ").Append(Format.Points(scorecard.TotalPoints, d)).Append(" | ").Append(Format.Points(scorecard.EffectiveTotal, d))
            .Append(" | **").Append(Format.Points(scorecard.Total, d)).Append("** | ").Append(Format.Points(scorecard.PointsLost, d)).Append(" | ").Append(scorecard.Grade.Label).Append(" |\n\n");
        if (scorecard.Rescaling is { } rescaling)
        {
            text.Append(ExplanationRenderer.RescalingLine(rescaling, scorecard.Total, labels, d)).Append("\n\n");
        }

        if (labels.IsChinese)
        {
            text.Append("**").Append(labels.GradeLine(scorecard)).Append("**\n\n");
        }
        else
        {
            text.Append("**").Append(labels.Total).Append(": ").Append(Format.Points(scorecard.Total, d)).Append("  ").Append(labels.Grade).Append(": ").Append(scorecard.Grade.Label).Append("** (").Append(scorecard.Grade.Code).Append(")\n\n");
        }

        var names = ExplanationRenderer.NameIn(scorecard);

        text.Append("## ").Append(labels.HowScored).Append("\n\n");
        foreach (var indicator in scorecard.AllIndicators.Where(i => !i.IsGroup))
        {
            text.Append("- **").Append(Escape(indicator.Name)).Append(labels.IsChinese ? "**（`" : "** (`").Append(indicator.Id).Append(labels.IsChinese ? "`）" : "`)").Append(labels.Colon);
            text.Append(labels.IsChinese
                ? "自评得分" + Format.Points(indicator.Score, d) + "分，指标分值" + Format.Points(indicator.EffectiveWeight, d) + "分"
                : Format.Points(indicator.Score, d) + " / " + Format.Points(indicator.EffectiveWeight, d)).Append('\n');
            var e = indicator.Explanation;
            Detail(text, labels, labels.Formula, labels.IsChinese
                ? SelfEvaluationText.FormulaLineZh(indicator, d) is { } line ? Escape(line) : null
                : e?.Formula is null ? e?.Substituted : $"`{e.Formula}` → `{e.Substituted}`");
            Detail(text, labels, labels.How, ExplanationRenderer.Describe(indicator, labels, names) is { } how ? Escape(how) : null);
            Detail(text, labels, labels.Reason, e?.Reason is { } reason ? Escape(reason) : null);
            foreach (var row in e?.Rows ?? Array.Empty<RowResult>())
            {
                text.Append("  - ").Append(Escape(ExplanationRenderer.RowLine(row, labels, d))).Append('\n');
                if (row.Score < row.Points && row.Reason is { } why)
                {
                    text.Append("    - ").Append(row.Applies ? labels.RowReason : labels.Reason).Append(labels.Colon).Append(Escape(why)).Append('\n');
                }
            }
        }

        if (scorecard.WeightMoves.Count > 0)
        {
            text.Append("\n## ").Append(labels.Moves).Append("\n\n");
            foreach (var move in scorecard.WeightMoves)
            {
                if (labels.IsChinese)
                {
                    text.Append("- ").Append(Escape(TextRenderer.Move(move, labels, names, d))).Append('\n');
                    continue;
                }

                text.Append("- `").Append(move.From).Append("` → `").Append(move.To).Append("`: ").Append(Format.Points(move.Points, d)).Append('\n');
            }
        }

        if (scorecard.Warnings.Count > 0)
        {
            text.Append("\n## ").Append(labels.Warnings).Append("\n\n");
            foreach (var warning in scorecard.Warnings)
            {
                text.Append("- ").Append(Escape(warning.ToString(labels.Language))).Append('\n');
            }
        }

        return text.ToString();
    }

    private static void Detail(StringBuilder text, Labels labels, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            text.Append("  - ").Append(label).Append(labels.Colon).Append(value).Append('\n');
        }
    }

    private static string Escape(string text) => text.Replace("|", "\\|").Replace("*", "\\*").Replace("_", "\\_").Replace("<", "&lt;");
}
