using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using PerfEval.Results;

namespace PerfEval.Office;

/// <content>The 错误 sheet: every input that could not be scored, a row per diagnostic.</content>
public sealed partial class SummaryWorkbook
{
    /// <summary>The column headers' row of the 错误 sheet.</summary>
    internal const int ErrorsHeaderRow = 3;

    private WorksheetPart ErrorsSheet()
    {
        // 序号, 记录, 单位名称, 代码, 位置, 说明.
        var sheet = new WorkbookSheet(labels.ErrorsSheet, 7, 28, 30, 9, 26, 70) { PrintTitleRow = ErrorsHeaderRow, FrozenRows = ErrorsHeaderRow };
        sheet.Merge(1, 1, 1, 6, labels.ErrorsTitle(failures.Count), WorkbookStyles.Title);
        sheet.Height(1, 30);
        sheet.Set(ErrorsHeaderRow, 1, labels.Number, WorkbookStyles.Header);
        sheet.Set(ErrorsHeaderRow, 2, labels.Record, WorkbookStyles.Header);
        sheet.Set(ErrorsHeaderRow, 3, labels.Unit, WorkbookStyles.Header);
        sheet.Set(ErrorsHeaderRow, 4, labels.Code, WorkbookStyles.Header);
        sheet.Set(ErrorsHeaderRow, 5, labels.Location, WorkbookStyles.Header);
        sheet.Set(ErrorsHeaderRow, 6, labels.Message, WorkbookStyles.Header);
        var row = ErrorsHeaderRow + 1;
        for (var n = 0; n < failures.Count; n++)
        {
            var (record, subject, diagnostics) = failures[n];
            var first = row;
            foreach (var diagnostic in diagnostics)
            {
                sheet.Set(row, 4, diagnostic.Code, WorkbookStyles.Centred);
                sheet.Set(row, 5, Location(diagnostic), WorkbookStyles.Text);
                sheet.Set(row, 6, diagnostic.IndicatorId is null ? diagnostic.Message : diagnostic.Message + " [" + diagnostic.IndicatorId + "]", WorkbookStyles.Text);
                row++;
            }

            if (row == first)
            {
                sheet.Set(row, 4, null, WorkbookStyles.Centred);
                sheet.Set(row, 5, null, WorkbookStyles.Text);
                sheet.Set(row, 6, null, WorkbookStyles.Text);
                row++;
            }

            // A record with several diagnostics shows its number, name and unit once, merged down its rows.
            sheet.Merge(first, 1, row - 1, 1, n + 1, WorkbookStyles.Centred);
            sheet.Merge(first, 2, row - 1, 2, record, WorkbookStyles.Text);
            sheet.Merge(first, 3, row - 1, 3, subject, WorkbookStyles.Text);
        }

        if (failures.Count == 0)
        {
            sheet.Merge(row, 1, row, 6, labels.NoErrors, WorkbookStyles.Text);
        }

        return AddSheet(sheet);
    }

    /// <summary>Where a diagnostic points: <c>file:line:column</c> (or the sheet and cell a workbook reader names), or the file alone.</summary>
    private static string? Location(Diagnostic diagnostic)
    {
        if (diagnostic.File is null)
        {
            return null;
        }

        if (diagnostic.Sheet is not null)
        {
            return diagnostic.File + ":" + diagnostic.Sheet + (diagnostic.Cell is null ? string.Empty : "!" + diagnostic.Cell);
        }

        if (diagnostic.Line <= 0)
        {
            return diagnostic.File;
        }

        var at = diagnostic.File + ":" + diagnostic.Line.ToString(CultureInfo.InvariantCulture);
        return diagnostic.Column > 0 ? at + ":" + diagnostic.Column.ToString(CultureInfo.InvariantCulture) : at;
    }
}
