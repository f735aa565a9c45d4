using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PerfEval.Office;

/// <summary>
/// One worksheet being laid out: cells by row and column (1-based), merged ranges, column widths, and the print setup
/// every sheet of the workbook shares (A4 landscape, one page wide). Row heights follow the wrapped text, so a viewer
/// that does not fit rows itself (Excel does not for merged or generated rows) still shows every line.
/// </summary>
internal sealed class WorkbookSheet
{
    private const double LineHeight = 14.25;

    private readonly SortedDictionary<int, SortedDictionary<int, (object? Value, uint Style)>> rows = new();
    private readonly List<(int Row, int Column, int LastRow, int LastColumn)> merges = new();
    private readonly Dictionary<int, double> heights = new();

    public WorkbookSheet(string name, params double[] widths)
    {
        Name = name;
        Widths = widths;
    }

    public string Name { get; }

    public IReadOnlyList<double> Widths { get; }

    /// <summary>Gets or sets the row repeated at the top of every printed page, or 0 for none.</summary>
    public int PrintTitleRow { get; set; }

    /// <summary>Gets or sets the last row above the scrolling part of the sheet (frozen panes), or 0 for none.</summary>
    public int FrozenRows { get; set; }

    public int LastRow => rows.Count == 0 ? 0 : rows.Keys.Max();

    /// <summary>Sets a cell: text (a string) or a number (a decimal or an int), or an empty styled cell (null or empty text).</summary>
    public void Set(int row, int column, object? value, uint style)
    {
        value = value is string { Length: 0 } ? null : value;
        if (!rows.TryGetValue(row, out var cells))
        {
            rows[row] = cells = new SortedDictionary<int, (object?, uint)>();
        }

        cells[column] = (value, style);
    }

    /// <summary>Sets a cell and merges it over a range, styling every cell of the range alike (so borders draw around it).</summary>
    public void Merge(int row, int column, int lastRow, int lastColumn, object? value, uint style)
    {
        for (var r = row; r <= lastRow; r++)
        {
            for (var c = column; c <= lastColumn; c++)
            {
                Set(r, c, r == row && c == column ? value : null, style);
            }
        }

        if (lastRow > row || lastColumn > column)
        {
            merges.Add((row, column, lastRow, lastColumn));
        }
    }

    public void Height(int row, double points) => heights[row] = points;

    public static string Reference(int row, int column) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    public static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + ((c - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>Builds the worksheet, its strings added to the shared table.</summary>
    public Worksheet Build(WorkbookStrings strings)
    {
        var columns = new Columns(Widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true }));
        var data = new SheetData();
        foreach (var entry in rows)
        {
            var (index, cells) = (entry.Key, entry.Value);
            var row = new Row { RowIndex = (uint)index, Height = heights.TryGetValue(index, out var fixedHeight) ? fixedHeight : FitHeight(index, cells), CustomHeight = true };
            foreach (var pair in cells)
            {
                var (column, (value, style)) = (pair.Key, pair.Value);
                var cell = new Cell { CellReference = Reference(index, column), StyleIndex = style };
                switch (value)
                {
                    case string text:
                        cell.DataType = CellValues.SharedString;
                        cell.CellValue = new CellValue(strings.Index(text));
                        break;
                    case decimal number:
                        cell.CellValue = new CellValue(number);
                        break;
                    case int whole:
                        cell.CellValue = new CellValue(whole);
                        break;
                }

                row.Append(cell);
            }

            data.Append(row);
        }

        var view = new SheetView { WorkbookViewId = 0u };
        if (FrozenRows > 0)
        {
            view.Append(new Pane { VerticalSplit = FrozenRows, TopLeftCell = Reference(FrozenRows + 1, 1), ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
        }

        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetDimension { Reference = "A1:" + Reference(Math.Max(1, LastRow), Widths.Count) },
            new SheetViews(view),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            columns,
            data);
        if (merges.Count > 0)
        {
            worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = Reference(m.Row, m.Column) + ":" + Reference(m.LastRow, m.LastColumn) })) { Count = (uint)merges.Count });
        }

        worksheet.Append(
            new PrintOptions { HorizontalCentered = true },
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9u, Orientation = OrientationValues.Landscape, FitToWidth = 1u, FitToHeight = 0u },
            new HeaderFooter(new OddFooter("&C&P / &N")));
        return worksheet;
    }

    /// <summary>The print title reference, e.g. <c>'自评表'!$7:$7</c>.</summary>
    public string PrintTitles() => "'" + Name.Replace("'", "''") + "'!$" + PrintTitleRow.ToString(CultureInfo.InvariantCulture) + ":$" + PrintTitleRow.ToString(CultureInfo.InvariantCulture);

    /// <summary>Lines a text needs in a column this wide: a CJK character takes about 1.8 widths of "0" (宋体 11 in Excel), others one.</summary>
    private static int Lines(string text, double width)
    {
        var usable = Math.Max(1, (width - 1) * 0.92);
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            var units = paragraph.Sum(c => c >= '\u2E80' ? 1.8 : 1.0);
            lines += Math.Max(1, (int)Math.Ceiling(units / usable));
        }

        return lines;
    }

    private double FitHeight(int index, SortedDictionary<int, (object? Value, uint Style)> cells)
    {
        var lines = 1;
        foreach (var pair in cells)
        {
            var (column, value) = (pair.Key, pair.Value.Value);
            if (value is not string text || column > Widths.Count)
            {
                continue;
            }

            // A vertical merge spreads its text over its rows; a horizontal one is as wide as its columns.
            var merge = merges.FirstOrDefault(m => m.Row == index && m.Column == column);
            if (merge != default && merge.LastRow > merge.Row)
            {
                continue;
            }

            var width = merge == default ? Widths[column - 1] : Widths.Skip(column - 1).Take(merge.LastColumn - column + 1).Sum();
            lines = Math.Max(lines, Lines(text, width));
        }

        return Math.Round((lines * LineHeight) + 4.5, 2);
    }
}
