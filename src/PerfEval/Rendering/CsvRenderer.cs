using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using PerfEval.Evaluation;
using PerfEval.Results;

namespace PerfEval.Rendering;

/// <summary>
/// Writes scorecards as CSV (RFC 4180: comma-separated, fields quoted when they need it, CRLF line ends):
/// one scorecard as a row per indicator, or a batch as a row per input.
/// </summary>
public static class CsvRenderer
{
    /// <summary>Renders one scorecard: a header, a row per leaf indicator with its level names, and a total row.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="options">The language of the header. <value>Defaults to <see cref="RenderOptions.Default"/>.</value></param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="scorecard"/> is <see langword="null"/>.</exception>
    public static string Render(Scorecard scorecard, RenderOptions? options = null)
    {
        Guard.NotNull(scorecard);
        var labels = Labels.For(options ?? RenderOptions.Default);
        var d = scorecard.Decimals;
        var depth = scorecard.AllIndicators.Max(i => i.Level);
        var text = new StringBuilder();
        var header = Enumerable.Range(1, depth).Select(labels.LevelName).Concat(new[] { "id", labels.Weight, labels.Effective, labels.Score, labels.Lost, labels.Status, labels.Reason });
        Line(text, header);
        var names = new string[depth];
        foreach (var indicator in scorecard.AllIndicators)
        {
            names[indicator.Level - 1] = indicator.Name;
            if (indicator.IsGroup)
            {
                continue;
            }

            var levels = Enumerable.Range(0, depth).Select(i => i < indicator.Level ? names[i] : string.Empty);
            Line(text, levels.Concat(new[]
            {
                indicator.Id, Format.Points(indicator.Weight, d), Format.Points(indicator.EffectiveWeight, d), Format.Points(indicator.Score, d),
                Format.Points(indicator.PointsLost, d), labels.StatusOf(indicator), indicator.Explanation?.Reason ?? ExplanationRenderer.Describe(indicator) ?? indicator.Explanation?.Substituted ?? string.Empty,
            }));
        }

        Line(text, new[] { labels.Total }.Concat(Enumerable.Repeat(string.Empty, depth)).Concat(new[]
        {
            Format.Points(scorecard.TotalPoints, d), Format.Points(scorecard.EffectiveTotal, d), Format.Points(scorecard.Total, d),
            Format.Points(scorecard.PointsLost, d), scorecard.Grade.Label, string.Empty,
        }));
        return text.ToString();
    }

    /// <summary>Writes the header of a batch: record, total, grade, error, then every leaf indicator's id.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="ruleSet">The rule set every record is scored with.</param>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteBatchHeader(TextWriter writer, CompiledRuleSet ruleSet)
    {
        Guard.NotNull(writer);
        Guard.NotNull(ruleSet);
        writer.Write(Line(new[] { "record", "total", "grade", "error" }.Concat(LeafIds(ruleSet))));
    }

    /// <summary>Writes one record of a batch: its scores, or its errors in the error column.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="ruleSet">The rule set the record was scored with.</param>
    /// <param name="record">The record's name (its file, or its line in a JSON Lines file).</param>
    /// <param name="result">The record's result.</param>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteBatchRow(TextWriter writer, CompiledRuleSet ruleSet, string record, EvaluationResult result)
    {
        Guard.NotNull(writer);
        Guard.NotNull(ruleSet);
        Guard.NotNull(result);
        var ids = LeafIds(ruleSet).ToList();
        if (result.Scorecard is not { } card)
        {
            var errors = string.Join("; ", result.Errors.Select(e => e.ToString()));
            writer.Write(Line(new[] { record, string.Empty, string.Empty, errors }.Concat(ids.Select(_ => string.Empty))));
            return;
        }

        var d = card.Decimals;
        writer.Write(Line(new[] { record, Format.Points(card.Total, d), card.Grade.Label, string.Empty }.Concat(ids.Select(id => Format.Points(card[id].Score, d)))));
    }

    /// <summary>Writes one record's errors when it could not even be read (bad JSON).</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="ruleSet">The rule set of the batch.</param>
    /// <param name="record">The record's name.</param>
    /// <param name="errors">Its diagnostics.</param>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteBatchError(TextWriter writer, CompiledRuleSet ruleSet, string record, IEnumerable<Diagnostic> errors)
    {
        Guard.NotNull(writer);
        Guard.NotNull(ruleSet);
        Guard.NotNull(errors);
        writer.Write(Line(new[] { record, string.Empty, string.Empty, string.Join("; ", errors.Select(e => e.ToString())) }.Concat(LeafIds(ruleSet).Select(_ => string.Empty))));
    }

    private static IEnumerable<string> LeafIds(CompiledRuleSet ruleSet) => ruleSet.Plan.Leaves.Select(p => p.Id);

    private static void Line(StringBuilder text, IEnumerable<string> fields) => text.Append(Line(fields));

    private static string Line(IEnumerable<string> fields) => string.Join(",", fields.Select(Field)) + "\r\n";

    private static string Field(string value)
    {
        // A leading =, +, - or @ would make a spreadsheet read the cell as a formula: quote it as text.
        var formulaLike = value.Length > 0 && value[0] is '=' or '+' or '@' && !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _);
        if (formulaLike)
        {
            value = "'" + value;
        }

        return value.IndexOfAny(new[] { ',', '"', '\r', '\n' }) >= 0 || formulaLike ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
