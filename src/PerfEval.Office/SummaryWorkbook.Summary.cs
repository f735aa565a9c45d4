using System.Collections.Generic;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PerfEval.Office;

/// <content>The 汇总 sheet: one row per department, highest total first, with its rank.</content>
public sealed partial class SummaryWorkbook
{
    /// <summary>The column headers' row of the 汇总 sheet, under the title and the counts.</summary>
    internal const int SummaryHeaderRow = 3;

    /// <summary>How many department rows are laid out at once before they are written.</summary>
    private const int RowsPerChunk = 512;

    private WorksheetPart SummarySheet(IReadOnlyList<SummaryWorkbookRow> sorted)
    {
        // 排名, 单位名称, 总分, 等级, each first-level subtotal, 记录.
        var widths = new List<double> { 7, 44, 9, 8 }; // a project's name is often 25 characters or more
        widths.AddRange(roots.Select(_ => 19.0));
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
        var worksheet = sheet.Build(strings);
        worksheet.SheetDimension!.Reference = "A1:" + WorkbookSheet.Reference(SummaryHeaderRow + sorted.Count, last);
        var links = sorted.Select((row, i) => (Row: row, Index: SummaryHeaderRow + 1 + i)).Where(r => r.Row.SheetName is not null && r.Row.Subject is not null).ToList();
        if (links.Count > 0)
        {
            // Each unit's name opens its own sheet. Hyperlinks go before the print options in a worksheet's schema order.
            var hyperlinks = new Hyperlinks(links.Select(l => new Hyperlink { Reference = WorkbookSheet.Reference(l.Index, 2), Location = Quoted(l.Row.SheetName!) + "!A1", Display = l.Row.SheetName }));
            worksheet.InsertBefore(hyperlinks, worksheet.GetFirstChild<PrintOptions>());
        }

        // The department rows are laid out a chunk at a time and streamed into the part, so that however many there
        // are, only one chunk of them is ever a document tree (100,000 at once took 800 MB).
        var part = workbookPart.AddNewPart<WorksheetPart>();
        using var stream = part.GetStream(System.IO.FileMode.Create, System.IO.FileAccess.Write);
        using var writer = OpenXmlWriter.Create(stream);
        writer.WriteStartDocument();
        writer.WriteStartElement(new Worksheet());
        foreach (var child in worksheet.ChildElements)
        {
            if (child is not SheetData data)
            {
                writer.WriteElement(child);
                continue;
            }

            writer.WriteStartElement(new SheetData());
            foreach (var header in data.Elements<Row>())
            {
                writer.WriteElement(header);
            }

            for (var start = 0; start < sorted.Count; start += RowsPerChunk)
            {
                var chunk = new WorkbookSheet(labels.SummarySheet, widths.ToArray());
                for (var i = start; i < System.Math.Min(start + RowsPerChunk, sorted.Count); i++)
                {
                    var row = sorted[i];
                    var r = SummaryHeaderRow + 1 + i;
                    chunk.Set(r, 1, row.Rank, WorkbookStyles.Centred);
                    chunk.Set(r, 2, row.Subject, WorkbookStyles.Text);
                    chunk.Set(r, 3, row.Total, WorkbookStyles.Points);
                    chunk.Set(r, 4, row.Grade < 0 ? null : ruleSet.Grades[row.Grade].Label, WorkbookStyles.Centred);
                    for (var k = 0; k < roots.Length; k++)
                    {
                        chunk.Set(r, 5 + k, row.Subtotals[k], WorkbookStyles.Points);
                    }

                    chunk.Set(r, recordColumn, row.Record, WorkbookStyles.Text);
                }

                foreach (var row in chunk.Build(strings).GetFirstChild<SheetData>()!.Elements<Row>())
                {
                    writer.WriteElement(row);
                }
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        return part;
    }
}
