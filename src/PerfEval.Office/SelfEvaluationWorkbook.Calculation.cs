using System.Linq;
using PerfEval.Rendering;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Office;

/// <summary>The second sheet, 计算过程: the metrics with their formulas and values, how each computed indicator scored, and the weight moves.</summary>
public static partial class SelfEvaluationWorkbook
{
    private static WorkbookSheet Calculation(Scorecard scorecard, RuleSet ruleSet, RenderOptions options, WorkbookLabels labels)
    {
        var sheet = new WorkbookSheet(labels.CalculationSheet, 24, 40, 40, 12, 44);
        sheet.Merge(1, 1, 1, 5, labels.CalculationTitle(scorecard.Subject), WorkbookStyles.Title);
        sheet.Height(1, 30);
        var row = 3;

        sheet.Merge(row, 1, row, 5, labels.Metrics, WorkbookStyles.Section);
        row++;
        Headers(sheet, row++, labels.MetricName, labels.MetricFormula, null, labels.MetricValue, labels.MetricUnit);
        foreach (var metric in scorecard.Metrics)
        {
            var expression = ruleSet.Metrics.FirstOrDefault(m => m.Name == metric.Name)?.Expression.Text;
            var ratio = metric.Unit == "ratio";
            sheet.Set(row, 1, labels.IsChinese ? SelfEvaluationText.NameOf(ruleSet, metric.Name) : metric.Name, WorkbookStyles.Text);
            sheet.Merge(row, 2, row, 3, expression is null ? null : SelfEvaluationText.Formula(ruleSet, expression, options), WorkbookStyles.Text);
            sheet.Set(row, 4, metric.Number is { } number ? number : SelfEvaluationText.Figure(metric, scorecard.Decimals, options), ratio ? WorkbookStyles.Percent : metric.Number is null ? WorkbookStyles.Centred : WorkbookStyles.Points);
            sheet.Set(row, 5, ratio ? labels.Percent : metric.Unit, WorkbookStyles.Centred);
            row++;
        }

        row++;
        sheet.Merge(row, 1, row, 5, labels.Scoring, WorkbookStyles.Section);
        row++;
        Headers(sheet, row++, labels.Indicator, labels.ScoreFormula, labels.Substituted, labels.Score, labels.How);
        foreach (var indicator in scorecard.AllIndicators.Where(i => !i.IsGroup && i.Status == IndicatorStatus.Scored && i.Method != "judgement" && i.Explanation is not null))
        {
            var e = indicator.Explanation!;
            sheet.Set(row, 1, indicator.Name, WorkbookStyles.Text);
            sheet.Set(row, 2, e.Formula is null ? null : SelfEvaluationText.Formula(ruleSet, e.Formula, options), WorkbookStyles.Text);
            if (BandedRatio(e) is { } measured)
            {
                sheet.Set(row, 3, measured, WorkbookStyles.Percent); // the value of a banded ratio, as its bands are worded
            }
            else
            {
                var substituted = labels.IsChinese ? SelfEvaluationText.SubstitutedZh(ruleSet, indicator, scorecard.Decimals) : e.Substituted;
                sheet.Set(row, 3, substituted, WorkbookStyles.Text);
            }

            sheet.Set(row, 4, indicator.Score, WorkbookStyles.Points);
            sheet.Set(row, 5, SelfEvaluationText.How(scorecard, indicator, ruleSet, options), WorkbookStyles.Text);
            row++;
        }

        row++;
        sheet.Merge(row, 1, row, 5, labels.Moves, WorkbookStyles.Section);
        row++;
        Headers(sheet, row++, labels.MoveFrom, labels.MoveTo, labels.MoveText, labels.MovePoints, null);
        foreach (var move in scorecard.WeightMoves)
        {
            var to = Name(scorecard, move.To);
            sheet.Set(row, 1, Name(scorecard, move.From), WorkbookStyles.Text);
            sheet.Set(row, 2, to, WorkbookStyles.Text);
            sheet.Set(row, 3, labels.Moved(move.Points, to), WorkbookStyles.Text);
            sheet.Set(row, 4, move.Points, WorkbookStyles.Points);
            sheet.Set(row, 5, null, WorkbookStyles.Text);
            row++;
        }

        if (scorecard.WeightMoves.Count == 0)
        {
            sheet.Merge(row, 1, row, 5, labels.NoMoves, WorkbookStyles.Text);
        }

        return sheet;
    }

    /// <summary>The measured value of a band method whose value is one ratio input or metric, shown as a percentage; else null.</summary>
    private static decimal? BandedRatio(Explanation e)
        => e.Band is { Unit: "ratio" } && e.Measured is { } measured && e.Formula is { } formula && formula.Trim().All(c => char.IsLetterOrDigit(c) || c == '_') ? measured : null;

    /// <summary>A header row over the five columns; a null header merges into the one before it.</summary>
    private static void Headers(WorkbookSheet sheet, int row, params string?[] headers)
    {
        for (var column = 1; column <= headers.Length; column++)
        {
            if (headers[column - 1] is { } header)
            {
                var last = column;
                while (last < headers.Length && headers[last] is null)
                {
                    last++;
                }

                sheet.Merge(row, column, row, last, header, WorkbookStyles.Header);
            }
        }
    }

    private static string Name(Scorecard scorecard, string id) => scorecard.TryGetIndicator(id, out var found) ? found.Name : id;
}
