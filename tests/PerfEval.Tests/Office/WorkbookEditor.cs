using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PerfEval.Tests.Office;

/// <summary>
/// Changes a written .xlsx with DocumentFormat.OpenXml, as an analyst would in Excel: a cell set to text, a number, a
/// TRUE/FALSE or a formula, or cleared; a sheet deleted; rows put in another order.
/// </summary>
internal sealed class WorkbookEditor : IDisposable
{
    private readonly MemoryStream stream = new();
    private readonly SpreadsheetDocument document;

    public WorkbookEditor(byte[] xlsx)
    {
        stream.Write(xlsx);
        stream.Position = 0;
        document = SpreadsheetDocument.Open(stream, isEditable: true);
    }

    public static byte[] Edit(byte[] xlsx, Action<WorkbookEditor> edit)
    {
        using var editor = new WorkbookEditor(xlsx);
        edit(editor);
        return editor.Save();
    }

    /// <summary>Sets a cell: a string as text, a decimal or int as a number, a bool as TRUE/FALSE, null clears it.</summary>
    public WorkbookEditor Set(string sheet, string reference, object? value)
    {
        var cell = CellAt(sheet, reference);
        cell.CellFormula = null;
        cell.InlineString = null;
        cell.CellValue = null;
        cell.DataType = null;
        switch (value)
        {
            case null:
                break;
            case string text:
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(new Text(text));
                break;
            case bool flag:
                cell.DataType = CellValues.Boolean;
                cell.CellValue = new CellValue(flag ? "1" : "0");
                break;
            case decimal number:
                cell.CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture));
                break;
            case int whole:
                cell.CellValue = new CellValue(whole.ToString(CultureInfo.InvariantCulture));
                break;
            default:
                throw new ArgumentException("A cell holds text, a number or a boolean.", nameof(value));
        }

        return this;
    }

    /// <summary>Sets a cell's stored text exactly as the file has it (a number's digits, an error value) with a data type.</summary>
    public WorkbookEditor SetRaw(string sheet, string reference, string stored, CellValues? type = null, string? formula = null)
    {
        var cell = CellAt(sheet, reference);
        cell.InlineString = null;
        cell.DataType = type;
        cell.CellFormula = formula is null ? null : new CellFormula(formula);
        cell.CellValue = stored.Length == 0 ? null : new CellValue(stored);
        return this;
    }

    public WorkbookEditor DeleteSheet(string name)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        var part = workbook.GetPartById(sheet.Id!);
        sheet.Remove();
        workbook.Workbook.DefinedNames?.RemoveAllChildren();
        workbook.DeletePart(part);
        return this;
    }

    /// <summary>Reverses the order of the rows below <paramref name="headerRow"/>, as sorting the table would.</summary>
    public WorkbookEditor ReverseRows(string sheet, int headerRow)
    {
        var data = Worksheet(sheet).GetFirstChild<SheetData>()!;
        var rows = data.Elements<Row>().Where(r => r.RowIndex! > (uint)headerRow).ToList();
        var numbers = rows.Select(r => r.RowIndex!.Value).ToList();
        numbers.Reverse();
        foreach (var row in rows)
        {
            row.Remove();
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            row.RowIndex = numbers[i];
            foreach (var cell in row.Elements<Cell>())
            {
                cell.CellReference = new string(cell.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray()) + numbers[i].ToString(CultureInfo.InvariantCulture);
            }
        }

        // Rows are kept in ascending order in the file, as Excel writes them after a sort.
        foreach (var row in rows.OrderBy(r => r.RowIndex!.Value))
        {
            data.Append(row);
        }

        Worksheet(sheet).GetFirstChild<MergeCells>()?.Remove();
        return this;
    }

    public byte[] Save()
    {
        document.Save();
        document.Dispose();
        return stream.ToArray();
    }

    public void Dispose()
    {
        document.Dispose();
        stream.Dispose();
    }

    private Worksheet Worksheet(string name)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
    }

    private Cell CellAt(string sheet, string reference)
    {
        var data = Worksheet(sheet).GetFirstChild<SheetData>()!;
        var rowIndex = uint.Parse(new string(reference.SkipWhile(char.IsLetter).ToArray()), CultureInfo.InvariantCulture);
        var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex! == rowIndex);
        if (row is null)
        {
            row = new Row { RowIndex = rowIndex };
            var after = data.Elements<Row>().LastOrDefault(r => r.RowIndex! < rowIndex);
            if (after is null)
            {
                data.PrependChild(row);
            }
            else
            {
                after.InsertAfterSelf(row);
            }
        }

        var cell = row.Elements<Cell>().FirstOrDefault(c => c.CellReference == reference);
        if (cell is null)
        {
            cell = new Cell { CellReference = reference };
            var before = row.Elements<Cell>().FirstOrDefault(c => Column(c.CellReference!.Value!) > Column(reference));
            if (before is null)
            {
                row.Append(cell);
            }
            else
            {
                before.InsertBeforeSelf(cell);
            }
        }

        return cell;
    }

    private static int Column(string reference) => reference.TakeWhile(char.IsLetter).Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1));
}
