using System.Collections.Generic;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PerfEval.Office;

/// <content>The 汇总 sheet: one row per department, highest total first, with its rank.</content>
public sealed partial class SummaryWorkbook
{
    /// <summary>The column headers' row of the 汇总 sheet, under the title and the counts.</summary>
    internal const int SummaryHeaderRow = 3;

    private WorksheetPart SummarySheet(IReadOnlyList<SummaryWorkbookRow> sorted)
    {
        // 排名, 单位名称, 总分, 等级, each first-level subtotal, 记录.
        var widths = new List<double> { 7, 36, 9, 8 };
        widths.AddRange(roots.Select(_ => 16.0));
        widths.Add(30);
        var sheet = new WorkbookSheet(labels.SummarySheet, widths.ToArray()) { PrintTitleRow = SummaryHeaderRow, FrozenRows = SummaryHeaderRow };
        var last = widths.Count;
        var recordColumn = last;
        sheet.Merge(1, 1, 1, last, labels.SummaryTitle(ruleSet.Title), WorkbookStyles.Title);
        sheet.Height(1, 30);
        var d = decimals < 0 ? ruleSet.Rounding.Decimals : decimals;
        decimal? average = rows.Count == 0 ? null : System.Math.Round(rows.Sum(r => r.Total) / rows.Count, d, ruleSet.Rounding.Mode);
        sheet.Merge(2, 1, 2, last, labels.Counts(rows.Count, failures.Count, average, d), WorkbookStyles.Value);

        sheet.Set(SummaryHeaderRow, 1, labels.Rank, WorkbookStyles.Header);
        sheet.Set(SummaryHeaderRow, 2, labels.Unit, WorkbookStyles.Header);
        sheet.Set(SummaryHeaderRow, 3, labels.Total, WorkbookStyles.Header);
        sheet.Set(SummaryHeaderRow, 4, labels.Grade, WorkbookStyles.Header);
        for (var i = 0; i < roots.Length; i++)
        {
            sheet.Set(SummaryHeaderRow, 5 + i, labels.WithPoints(roots[i].Name, roots[i].Weight), WorkbookStyles.Header);
        }

        sheet.Set(SummaryHeaderRow, recordColumn, labels.Record, WorkbookStyles.Header);
        var rowIndex = SummaryHeaderRow + 1;
        var links = new List<(string Reference, string Sheet)>();
        foreach (var row in sorted)
        {
            sheet.Set(rowIndex, 1, row.Rank, WorkbookStyles.Centred);
            sheet.Set(rowIndex, 2, row.Subject, WorkbookStyles.Text);
            sheet.Set(rowIndex, 3, row.Total, WorkbookStyles.Points);
            sheet.Set(rowIndex, 4, row.Grade < 0 ? null : ruleSet.Grades[row.Grade].Label, WorkbookStyles.Centred);
            for (var i = 0; i < roots.Length; i++)
            {
                sheet.Set(rowIndex, 5 + i, row.Subtotals[i], WorkbookStyles.Points);
            }

            sheet.Set(rowIndex, recordColumn, row.Record, WorkbookStyles.Text);
            if (row.SheetName is { } name && row.Subject is not null)
            {
                links.Add((WorkbookSheet.Reference(rowIndex, 2), name));
            }

            rowIndex++;
        }

        var part = AddSheet(sheet);
        if (links.Count > 0)
        {
            // Each unit's name opens its own sheet. Hyperlinks go before the print options in a worksheet's schema order.
            var hyperlinks = new Hyperlinks(links.Select(l => new Hyperlink { Reference = l.Reference, Location = Quoted(l.Sheet) + "!A1", Display = l.Sheet }));
            part.Worksheet.InsertBefore(hyperlinks, part.Worksheet.GetFirstChild<PrintOptions>());
        }

        return part;
    }
}
