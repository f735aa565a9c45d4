using PerfEval.Rendering;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Office;

/// <summary>The 项目支出绩效自评表 in the national layout, the one sheet of a project's workbook.</summary>
public static partial class SelfEvaluationWorkbook
{
    /// <summary>The columns of the indicator table; the header above it uses the same eight.</summary>
    private const int Level1Column = 1, Level2Column = 2, NameColumn = 3, TargetColumn = 4, ActualColumn = 5, PointsColumn = 6, ScoreColumn = 7, ReasonColumn = 8;

    /// <summary>
    /// The form: title and year; 项目名称, 主管部门, 实施单位; 项目资金（万元） with 年初预算数, 全年预算数, 全年执行数, 分值,
    /// 执行率 and 得分; 年度总体目标 (预期目标, 实际完成情况); then one line per 三级指标 with merged 一级/二级 cells, and 总分.
    /// </summary>
    internal static WorkbookSheet ProjectForm(Scorecard scorecard, RuleSet ruleSet, RenderOptions options, WorkbookLabels labels)
    {
        var words = ProjectFormWords.For(options);
        var sheet = new WorkbookSheet(words.Sheet, 17.0, 20.0, 24.0, 16.0, 16.0, 9.0, 9.0, 42.0);
        sheet.Merge(1, 1, 1, ReasonColumn, words.Title, WorkbookStyles.Title);
        sheet.Height(1, 30);
        var row = 2;
        if (ruleSet.FiscalYear is { } year)
        {
            sheet.Merge(row, 1, row, ReasonColumn, options.Language == ReportLanguage.Chinese ? $"（{year}年度）" : $"(fiscal year {year})", WorkbookStyles.Centred);
            row++;
        }

        sheet.Set(row, 1, words.Project, WorkbookStyles.Label);
        sheet.Merge(row, 2, row, ReasonColumn, scorecard.Subject, WorkbookStyles.Value);
        row++;
        var header = scorecard.Project;
        sheet.Set(row, 1, words.Department, WorkbookStyles.Label);
        sheet.Merge(row, 2, row, 4, header?.Department, WorkbookStyles.Value);
        sheet.Set(row, 5, words.Implementer, WorkbookStyles.Label);
        sheet.Merge(row, 6, row, ReasonColumn, header?.Implementer, WorkbookStyles.Value);
        row++;

        if (header is { Funds.Count: > 0 })
        {
            var first = row;
            var titles = new[] { string.Empty, words.Initial, words.Annual, words.Executed, words.Points, words.Rate, words.Score };
            for (var i = 0; i < titles.Length; i++)
            {
                sheet.Set(row, 2 + i, titles[i], WorkbookStyles.Header);
            }

            foreach (var line in header.Funds)
            {
                row++;
                var scored = ProjectTable.IndicatorOf(scorecard, line);
                sheet.Set(row, 2, line.Label, WorkbookStyles.Text);
                sheet.Set(row, 3, line.Initial, WorkbookStyles.Points);
                sheet.Set(row, 4, line.Annual, WorkbookStyles.Points);
                sheet.Set(row, 5, line.Executed, WorkbookStyles.Points);
                sheet.Set(row, 6, scored?.EffectiveWeight, WorkbookStyles.Points);
                sheet.Set(row, 7, line.Rate, WorkbookStyles.Percent);
                sheet.Set(row, 8, scored?.Score, WorkbookStyles.Points);
            }

            sheet.Merge(first, 1, row, 1, words.Funds, WorkbookStyles.Level);
            row++;
        }

        if (header is not null && (header.Goal is not null || header.Achieved is not null))
        {
            sheet.Merge(row, 1, row + 1, 1, words.Goal, WorkbookStyles.Level);
            sheet.Merge(row, 2, row, 5, words.Planned, WorkbookStyles.Header);
            sheet.Merge(row, 6, row, ReasonColumn, words.Achieved, WorkbookStyles.Header);
            sheet.Merge(row + 1, 2, row + 1, 5, header.Goal, WorkbookStyles.Text);
            sheet.Merge(row + 1, 6, row + 1, ReasonColumn, header.Achieved, WorkbookStyles.Text);
            row += 2;
        }

        var columns = new[] { words.Level1, words.Level2, words.Level3, words.Target, words.Actual, words.Points, words.Score, words.Reason };
        for (var i = 0; i < columns.Length; i++)
        {
            sheet.Set(row, 1 + i, columns[i], WorkbookStyles.Header);
        }

        sheet.PrintTitleRow = row;
        row++;
        var lines = ProjectTable.Lines(scorecard);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            sheet.Set(row + i, NameColumn, line.Name, WorkbookStyles.Text);
            sheet.Set(row + i, TargetColumn, line.Target, WorkbookStyles.Centred);
            sheet.Set(row + i, ActualColumn, line.Actual, WorkbookStyles.Centred);
            sheet.Set(row + i, PointsColumn, line.Points, WorkbookStyles.Points);
            if (line.Score is { } score)
            {
                sheet.Set(row + i, ScoreColumn, score, WorkbookStyles.Points);
            }
            else
            {
                sheet.Set(row + i, ScoreColumn, words.NotAssessed, WorkbookStyles.Centred);
            }

            sheet.Set(row + i, ReasonColumn, line.Reason, WorkbookStyles.Text);
        }

        // 一级 and 二级 cells merged down the lines they span, as the form prints them.
        MergeRuns(sheet, row, lines, Level1Column, (a, b) => a.Level1 == b.Level1, l => l.Level1);
        MergeRuns(sheet, row, lines, Level2Column, (a, b) => a.Level1 == b.Level1 && a.Level2 == b.Level2, l => l.Level2);
        row += lines.Count;

        sheet.Merge(row, 1, row, ActualColumn, words.Total, WorkbookStyles.SubtotalText);
        sheet.Set(row, PointsColumn, scorecard.EffectiveTotal, WorkbookStyles.SubtotalPoints);
        sheet.Set(row, ScoreColumn, scorecard.Total, WorkbookStyles.SubtotalPoints);
        sheet.Set(row, ReasonColumn, labels.GradeLine(scorecard.Grade), WorkbookStyles.SubtotalText);
        if (scorecard.Rescaling is { } rescaling)
        {
            row++;
            sheet.Merge(row, 1, row, ReasonColumn, ExplanationRenderer.RescalingLine(rescaling, scorecard.Total, Labels.For(options), scorecard.Decimals), WorkbookStyles.Text);
        }

        return sheet;
    }

    /// <summary>Writes each run of lines that <paramref name="same"/> joins as one cell merged down the run.</summary>
    private static void MergeRuns(WorkbookSheet sheet, int firstRow, System.Collections.Generic.IReadOnlyList<ProjectTableLine> lines, int column, System.Func<ProjectTableLine, ProjectTableLine, bool> same, System.Func<ProjectTableLine, string?> value)
    {
        var start = 0;
        for (var i = 1; i <= lines.Count; i++)
        {
            if (i < lines.Count && same(lines[start], lines[i]))
            {
                continue;
            }

            sheet.Merge(firstRow + start, column, firstRow + i - 1, column, value(lines[start]), WorkbookStyles.Level);
            start = i;
        }
    }
}
