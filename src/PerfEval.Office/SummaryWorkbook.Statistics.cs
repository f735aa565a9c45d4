using System.Globalization;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PerfEval.Results;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace PerfEval.Office;

/// <content>The 统计分析 sheet: the grade distribution and the points lost per indicator, each a table with a bar chart over its cells.</content>
public sealed partial class SummaryWorkbook
{
    /// <summary>The row of the grade table's column headers; the grades follow in the rule set's order.</summary>
    internal const int GradeHeaderRow = 4;

    /// <summary>The first row the points-lost block may start on: below the grade chart.</summary>
    private const int LostBlockEarliestRow = 22;

    /// <summary>Gets the row of the points-lost table's column headers; the indicators follow, most points lost first.</summary>
    internal int LostHeaderRow => System.Math.Max(GradeHeaderRow + ruleSet.Grades.Count + 3, LostBlockEarliestRow) + 1;

    private WorksheetPart StatisticsSheet()
    {
        var sheet = new WorkbookSheet(labels.StatisticsSheet, 34, 18, 9, 11, 11, 12);
        var name = labels.StatisticsSheet;
        sheet.Merge(1, 1, 1, 6, labels.StatisticsTitle(ruleSet.Title), WorkbookStyles.Title);
        sheet.Height(1, 30);

        // 一、等级分布: a row per grade of the rule set, its range, how many departments got it, and their share.
        sheet.Merge(GradeHeaderRow - 1, 1, GradeHeaderRow - 1, 4, labels.GradeSection, WorkbookStyles.Section);
        sheet.Set(GradeHeaderRow, 1, labels.Grade, WorkbookStyles.Header);
        sheet.Set(GradeHeaderRow, 2, labels.GradeRange, WorkbookStyles.Header);
        sheet.Set(GradeHeaderRow, 3, labels.Units, WorkbookStyles.Header);
        sheet.Set(GradeHeaderRow, 4, labels.Share, WorkbookStyles.Header);
        var grades = ruleSet.Grades;
        var counts = new int[grades.Count];
        foreach (var row in rows.Where(r => r.Grade >= 0))
        {
            counts[row.Grade]++;
        }

        var gradeNames = new string[grades.Count];
        for (var i = 0; i < grades.Count; i++)
        {
            var r = GradeHeaderRow + 1 + i;
            gradeNames[i] = labels.GradeText(grades[i].Label, new Grade(grades[i].Level, grades[i].Label).Code);
            sheet.Set(r, 1, gradeNames[i], WorkbookStyles.Centred);
            sheet.Set(r, 2, grades[i].Range.ToString(), WorkbookStyles.Centred);
            sheet.Set(r, 3, counts[i], WorkbookStyles.Centred);
            sheet.Set(r, 4, rows.Count == 0 ? 0m : (decimal)counts[i] / rows.Count, WorkbookStyles.Percent);
        }

        var sumRow = GradeHeaderRow + 1 + grades.Count;
        sheet.Set(sumRow, 1, labels.Sum, WorkbookStyles.SubtotalText);
        sheet.Set(sumRow, 2, null, WorkbookStyles.SubtotalText);
        sheet.Set(sumRow, 3, counts.Sum(), WorkbookStyles.SubtotalText);
        sheet.Set(sumRow, 4, rows.Count == 0 ? 0m : (decimal)counts.Sum() / rows.Count, WorkbookStyles.Percent);

        // 二、指标失分: each leaf's points lost summed over the departments, most first (ties in tree order).
        var header = LostHeaderRow;
        sheet.Merge(header - 1, 1, header - 1, 6, labels.LostSection, WorkbookStyles.Section);
        sheet.Set(header, 1, labels.Indicator, WorkbookStyles.Header);
        sheet.Set(header, 2, labels.Parent, WorkbookStyles.Header);
        sheet.Set(header, 3, labels.Points, WorkbookStyles.Header);
        sheet.Set(header, 4, labels.LostTotal, WorkbookStyles.Header);
        sheet.Set(header, 5, labels.LostAverage, WorkbookStyles.Header);
        sheet.Set(header, 6, labels.LostUnits, WorkbookStyles.Header);
        var order = Enumerable.Range(0, leaves.Length).OrderByDescending(i => lost[i]).ThenBy(i => i).ToArray();
        var d = decimals < 0 ? ruleSet.Rounding.Decimals : decimals;
        for (var k = 0; k < order.Length; k++)
        {
            var i = order[k];
            var r = header + 1 + k;
            sheet.Set(r, 1, leaves[i].Leaf.Name, WorkbookStyles.Text);
            sheet.Set(r, 2, leaves[i].Root.Name, WorkbookStyles.Text);
            sheet.Set(r, 3, leaves[i].Leaf.Weight, WorkbookStyles.Points);
            sheet.Set(r, 4, lost[i], WorkbookStyles.Points);
            sheet.Set(r, 5, rows.Count == 0 ? 0m : System.Math.Round(lost[i] / rows.Count, d, ruleSet.Rounding.Mode), WorkbookStyles.Points);
            sheet.Set(r, 6, losing[i], WorkbookStyles.Centred);
        }

        var part = AddSheet(sheet);
        var drawings = part.AddNewPart<DrawingsPart>();
        var drawing = new Xdr.WorksheetDrawing();
        var firstGrade = GradeHeaderRow + 1;
        var lastGrade = GradeHeaderRow + grades.Count;
        drawing.Append(SummaryWorkbookCharts.Bar(
            drawings,
            id: 1,
            title: labels.GradeChart,
            series: Ref(name, 3, GradeHeaderRow, 3, GradeHeaderRow),
            seriesName: labels.Units,
            categories: Ref(name, 1, firstGrade, 1, lastGrade),
            categoryNames: gradeNames,
            values: Ref(name, 3, firstGrade, 3, lastGrade),
            numbers: counts.Select(c => (decimal)c).ToArray(),
            horizontal: false,
            numberFormat: "0",
            from: (6, GradeHeaderRow - 2),
            to: (14, LostBlockEarliestRow - 1)));
        var firstLost = header + 1;
        var lastLost = header + leaves.Length;
        drawing.Append(SummaryWorkbookCharts.Bar(
            drawings,
            id: 2,
            title: labels.LostChart,
            series: Ref(name, 4, header, 4, header),
            seriesName: labels.LostTotal,
            categories: Ref(name, 1, firstLost, 1, lastLost),
            categoryNames: order.Select(i => leaves[i].Leaf.Name).ToArray(),
            values: Ref(name, 4, firstLost, 4, lastLost),
            numbers: order.Select(i => lost[i]).ToArray(),
            horizontal: true,
            numberFormat: "0.00",
            from: (7, header - 2),
            to: (17, header + System.Math.Max(leaves.Length + 1, 24))));
        drawings.WorksheetDrawing = drawing;

        // A worksheet's drawing comes after its page setup and footer in the schema's order, which Build ends with.
        part.Worksheet.Append(new Drawing { Id = part.GetIdOfPart(drawings) });
        return part;
    }

    /// <summary>An absolute reference to a range of a sheet, e.g. <c>'统计分析'!$C$5:$C$8</c>.</summary>
    private static string Ref(string sheet, int column, int row, int lastColumn, int lastRow)
    {
        static string Cell(int c, int r) => "$" + WorkbookSheet.ColumnName(c) + "$" + r.ToString(CultureInfo.InvariantCulture);
        var from = Cell(column, row);
        return Quoted(sheet) + "!" + (column == lastColumn && row == lastRow ? from : from + ":" + Cell(lastColumn, lastRow));
    }
}
