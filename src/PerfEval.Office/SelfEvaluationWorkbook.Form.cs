using System.Linq;
using PerfEval.Rendering;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Office;

/// <summary>The first sheet, 自评表: the form as the bureau receives it.</summary>
public static partial class SelfEvaluationWorkbook
{
    /// <summary>The first row of the indicator table, under the title, the header block and the column headers.</summary>
    internal const int HeaderRow = 7;

    internal static WorkbookSheet Form(Scorecard scorecard, RuleSet ruleSet, RenderOptions options, WorkbookLabels labels)
    {
        var depth = Depth(scorecard);
        var levelWidths = depth switch
        {
            1 => new[] { 24.0 },
            2 => new[] { 16.0, 24.0 },
            3 => new[] { 14.0, 16.0, 20.0 },
            _ => Enumerable.Repeat(13.0, depth).ToArray(),
        };
        var sheet = new WorkbookSheet(labels.FormSheet, levelWidths.Concat(new[] { 9.0, 46.0, 10.0, 46.0 }).ToArray())
        {
            PrintTitleRow = HeaderRow,
            FrozenRows = HeaderRow,
        };
        var points = depth + 1;
        var criteria = depth + 2;
        var score = depth + 3;
        var remarks = depth + 4;

        sheet.Merge(1, 1, 1, remarks, ruleSet.Title, WorkbookStyles.Title);
        sheet.Height(1, 30);
        Pair(sheet, 2, remarks, labels.Unit, scorecard.Subject, WorkbookStyles.Value);
        Pair(sheet, 3, remarks, labels.Year, ruleSet.FiscalYear is { } year ? year : null, WorkbookStyles.ValueYear);
        Pair(sheet, 4, remarks, labels.Basis, ruleSet.Source, WorkbookStyles.Value);
        Pair(sheet, 5, remarks, labels.TotalScore, scorecard.Total, WorkbookStyles.ValuePoints);
        Pair(sheet, 6, remarks, labels.GradeLabel, labels.GradeText(scorecard.Grade), WorkbookStyles.Value);

        for (var level = 1; level <= depth; level++)
        {
            sheet.Set(HeaderRow, level, labels.LevelName(level), WorkbookStyles.Header);
        }

        sheet.Set(HeaderRow, points, labels.Points, WorkbookStyles.Header);
        sheet.Set(HeaderRow, criteria, labels.Criteria, WorkbookStyles.Header);
        sheet.Set(HeaderRow, score, labels.Score, WorkbookStyles.Header);
        sheet.Set(HeaderRow, remarks, labels.Remarks, WorkbookStyles.Header);

        var row = HeaderRow + 1;
        foreach (var indicator in scorecard.Indicators)
        {
            row = Emit(sheet, row, indicator, depth, scorecard, ruleSet, options, labels);
        }

        sheet.Merge(row, 1, row, depth, labels.Total, WorkbookStyles.SubtotalText);
        sheet.Set(row, points, scorecard.TotalPoints, WorkbookStyles.SubtotalPoints);
        sheet.Set(row, criteria, null, WorkbookStyles.SubtotalText);
        sheet.Set(row, score, scorecard.Total, WorkbookStyles.SubtotalPoints);
        sheet.Set(row, remarks, labels.GradeLine(scorecard.Grade), WorkbookStyles.SubtotalText);
        return sheet;
    }

    /// <summary>Writes one indicator from <paramref name="row"/>: a leaf on one row; a group as its name merged down its rows, then its subtotal.</summary>
    /// <returns>The next free row.</returns>
    private static int Emit(WorkbookSheet sheet, int row, IndicatorScore indicator, int depth, Scorecard scorecard, RuleSet ruleSet, RenderOptions options, WorkbookLabels labels)
    {
        var column = indicator.Level;
        var points = depth + 1;
        if (!indicator.IsGroup)
        {
            sheet.Merge(row, column, row, depth, indicator.Name, WorkbookStyles.Level);
            sheet.Set(row, points, indicator.Weight, WorkbookStyles.Points);
            var rule = ruleSet.FindIndicator(indicator.Id);
            sheet.Set(row, depth + 2, rule is null ? null : SelfEvaluationText.Criteria(ruleSet, rule, options), WorkbookStyles.Text);
            if (indicator.Status == IndicatorStatus.Redistributed)
            {
                sheet.Set(row, depth + 3, labels.NotAssessed, WorkbookStyles.Centred);
            }
            else
            {
                sheet.Set(row, depth + 3, indicator.Score, WorkbookStyles.Points);
            }

            sheet.Set(row, depth + 4, SelfEvaluationText.Remarks(scorecard, indicator, ruleSet, options), WorkbookStyles.Text);
            return row + 1;
        }

        var first = row;
        foreach (var child in indicator.Children)
        {
            row = Emit(sheet, row, child, depth, scorecard, ruleSet, options, labels);
        }

        sheet.Merge(first, column, row - 1, column, labels.WithPoints(indicator.Name, indicator.Weight), WorkbookStyles.Level);
        sheet.Merge(row, column, row, depth, labels.Subtotal(indicator.Name), WorkbookStyles.SubtotalText);
        sheet.Set(row, points, indicator.Weight, WorkbookStyles.SubtotalPoints);
        sheet.Set(row, depth + 2, null, WorkbookStyles.SubtotalText);
        sheet.Set(row, depth + 3, indicator.Score, WorkbookStyles.SubtotalPoints);
        sheet.Set(row, depth + 4, labels.Lost(indicator.PointsLost, scorecard.Decimals), WorkbookStyles.SubtotalText);
        return row + 1;
    }

    /// <summary>A line of the header block: the label, then the value over the rest of the width.</summary>
    private static void Pair(WorkbookSheet sheet, int row, int lastColumn, string label, object? value, uint style)
    {
        sheet.Set(row, 1, label, WorkbookStyles.Label);
        sheet.Merge(row, 2, row, lastColumn, value, style);
    }
}
