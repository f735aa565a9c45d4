using System.Linq;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PerfEval.Office;

/// <summary>
/// The input workbook's styles: those of <see cref="WorkbookStyles"/>, and after them the cells an analyst fills in,
/// in pale yellow with a border so they stand apart from the labels.
/// </summary>
internal static class InputWorkbookStyles
{
    public const uint InputText = WorkbookStyles.Section + 1;
    public const uint InputNumber = InputText + 1;
    public const uint InputPercent = InputText + 2;
    public const uint InputChoice = InputText + 3;

    /// <summary>A cell formatted as text (@), so that 100% or ≥50 typed in it stays as written.</summary>
    public const uint InputAsText = InputText + 4;

    /// <summary>The fill of the cells to fill in: Excel's pale yellow "input" colour.</summary>
    private const string InputFill = "FFFFF2CC";

    public static Stylesheet Create()
    {
        var stylesheet = WorkbookStyles.Create();
        var fill = (uint)stylesheet.Fills!.Count();
        stylesheet.Fills!.Append(new Fill(new PatternFill(new ForegroundColor { Rgb = InputFill }, new BackgroundColor { Indexed = 64u }) { PatternType = PatternValues.Solid }));
        var cells = stylesheet.CellFormats!;
        System.Diagnostics.Debug.Assert(cells.Count() == InputText, "The input styles follow WorkbookStyles' own.");
        cells.Append(
            Input(fill, 0, HorizontalAlignmentValues.Left, wrap: true),
            Input(fill, 0, HorizontalAlignmentValues.Right, wrap: false),
            Input(fill, WorkbookStyles.PercentFormatId, HorizontalAlignmentValues.Right, wrap: false),
            Input(fill, 0, HorizontalAlignmentValues.Center, wrap: false),
            Input(fill, 49, HorizontalAlignmentValues.Center, wrap: false));
        return stylesheet;
    }

    private static CellFormat Input(uint fill, uint format, HorizontalAlignmentValues horizontal, bool wrap) => new(
        new Alignment { Horizontal = horizontal, Vertical = VerticalAlignmentValues.Center, WrapText = wrap ? true : null },
        new Protection { Locked = false })
    {
        FontId = 0,
        FillId = fill,
        BorderId = 1,
        NumberFormatId = format,
        FormatId = 0,
        ApplyFont = true,
        ApplyFill = true,
        ApplyBorder = true,
        ApplyNumberFormat = format != 0 ? true : null,
        ApplyAlignment = true,
        ApplyProtection = true,
    };
}
