using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PerfEval.Tests.Office;

/// <summary>Reads a written .xlsx back with DocumentFormat.OpenXml: cells as text or numbers with their number format and font, merges, widths, page setup and defined names.</summary>
internal sealed class WorkbookReader : IDisposable
{
    private readonly MemoryStream stream;
    private readonly SpreadsheetDocument document;
    private readonly WorkbookPart workbook;
    private readonly string[] strings;

    public WorkbookReader(byte[] bytes)
    {
        stream = new MemoryStream(bytes, writable: false);
        document = SpreadsheetDocument.Open(stream, isEditable: false);
        workbook = document.WorkbookPart!;
        strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? Array.Empty<string>();
    }

    public IReadOnlyList<string> SheetNames => workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();

    public IReadOnlyList<DefinedName> DefinedNames => workbook.Workbook.DefinedNames?.Elements<DefinedName>().ToList() ?? new List<DefinedName>();

    public Worksheet Sheet(string name)
    {
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
    }

    /// <summary>Every cell with a value, by reference: text or a number.</summary>
    public IReadOnlyDictionary<string, object> Values(string sheet)
        => Sheet(sheet).Descendants<Cell>().Where(c => c.CellValue is not null).ToDictionary(c => c.CellReference!.Value!, Value);

    /// <summary>The text cells of a sheet, in order.</summary>
    public IEnumerable<string> Texts(string sheet) => Values(sheet).Values.OfType<string>();

    public Cell Cell(string sheet, string reference) => Sheet(sheet).Descendants<Cell>().Single(c => c.CellReference == reference);

    public object? Value(string sheet, string reference) => Values(sheet).TryGetValue(reference, out var value) ? value : null;

    public IReadOnlyList<string> Merges(string sheet) => Sheet(sheet).Descendants<MergeCell>().Select(m => m.Reference!.Value!).ToList();

    /// <summary>The number format code of a cell's style: "General" for none, "@" for the built-in text format (49).</summary>
    public string NumberFormat(string sheet, string reference)
    {
        var format = CellFormat(Cell(sheet, reference));
        var id = format.NumberFormatId?.Value ?? 0;
        if (id is 0 or 49)
        {
            return id == 0 ? "General" : "@";
        }

        return workbook.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId! == id).FormatCode!;
    }

    public Font Font(string sheet, string reference)
        => workbook.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)CellFormat(Cell(sheet, reference)).FontId!.Value);

    public bool Wraps(string sheet, string reference) => CellFormat(Cell(sheet, reference)).Alignment?.WrapText?.Value == true;

    public double Width(string sheet, int column) => Sheet(sheet).Descendants<Column>().Single(c => c.Min! <= column && c.Max! >= column).Width!.Value;

    public void Dispose()
    {
        document.Dispose();
        stream.Dispose();
    }

    private CellFormat CellFormat(Cell cell) => workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));

    private object Value(Cell cell) => cell.DataType?.Value == CellValues.SharedString
        ? strings[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)]
        : cell.DataType?.Value == CellValues.InlineString || cell.DataType?.Value == CellValues.String
            ? cell.InnerText
            : decimal.Parse(cell.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
