using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PerfEval.Office;

/// <summary>The workbook's cell styles: 宋体 body, 黑体 title and column headers, thin borders in the table, 0.00 and 0.00% numbers.</summary>
internal static class WorkbookStyles
{
    /// <summary>The body font: 宋体, which every Chinese Windows and WPS has (SimSun); LibreOffice falls back to a CJK serif.</summary>
    public const string BodyFont = "宋体";

    /// <summary>The title and header font.</summary>
    public const string HeadingFont = "黑体";

    public const uint PointsFormatId = 164;
    public const uint PercentFormatId = 165;
    public const uint YearFormatId = 166;
    public const string PointsFormat = "0.00";
    public const string PercentFormat = "0.00%";
    public const string YearFormat = "0";

    public const uint Default = 0;
    public const uint Title = 1;
    public const uint Label = 2;
    public const uint Value = 3;
    public const uint ValuePoints = 4;
    public const uint ValueYear = 5;
    public const uint Header = 6;
    public const uint Text = 7;
    public const uint Level = 8;
    public const uint Points = 9;
    public const uint Percent = 10;
    public const uint SubtotalText = 11;
    public const uint SubtotalPoints = 12;
    public const uint Centred = 13;
    public const uint Section = 14;

    public static Stylesheet Create()
    {
        var fonts = new Fonts(
            Font(BodyFont, 11, bold: false),
            Font(BodyFont, 11, bold: true),
            Font(HeadingFont, 16, bold: true),
            Font(HeadingFont, 11, bold: false));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFD9D9D9"),
            Solid("FFF2F2F2"));
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Side(new LeftBorder()), Side(new RightBorder()), Side(new TopBorder()), Side(new BottomBorder()), new DiagonalBorder()));
        var formats = new NumberingFormats(
            new NumberingFormat { NumberFormatId = PointsFormatId, FormatCode = PointsFormat },
            new NumberingFormat { NumberFormatId = PercentFormatId, FormatCode = PercentFormat },
            new NumberingFormat { NumberFormatId = YearFormatId, FormatCode = YearFormat });

        // In the order of the constants above.
        var cells = new CellFormats(
            Xf(font: 0, fill: 0, border: 0, format: 0, HorizontalAlignmentValues.General, wrap: false),
            Xf(font: 2, fill: 0, border: 0, format: 0, HorizontalAlignmentValues.Center, wrap: true),
            Xf(font: 1, fill: 0, border: 0, format: 0, HorizontalAlignmentValues.Left, wrap: false),
            Xf(font: 0, fill: 0, border: 0, format: 0, HorizontalAlignmentValues.Left, wrap: true),
            Xf(font: 0, fill: 0, border: 0, format: PointsFormatId, HorizontalAlignmentValues.Left, wrap: false),
            Xf(font: 0, fill: 0, border: 0, format: YearFormatId, HorizontalAlignmentValues.Left, wrap: false),
            Xf(font: 3, fill: 2, border: 1, format: 0, HorizontalAlignmentValues.Center, wrap: true),
            Xf(font: 0, fill: 0, border: 1, format: 0, HorizontalAlignmentValues.Left, wrap: true),
            Xf(font: 0, fill: 0, border: 1, format: 0, HorizontalAlignmentValues.Center, wrap: true),
            Xf(font: 0, fill: 0, border: 1, format: PointsFormatId, HorizontalAlignmentValues.Center, wrap: false),
            Xf(font: 0, fill: 0, border: 1, format: PercentFormatId, HorizontalAlignmentValues.Center, wrap: false),
            Xf(font: 1, fill: 3, border: 1, format: 0, HorizontalAlignmentValues.Center, wrap: true),
            Xf(font: 1, fill: 3, border: 1, format: PointsFormatId, HorizontalAlignmentValues.Center, wrap: false),
            Xf(font: 0, fill: 0, border: 1, format: 0, HorizontalAlignmentValues.Center, wrap: true),
            Xf(font: 1, fill: 0, border: 0, format: 0, HorizontalAlignmentValues.Left, wrap: false));
        return new Stylesheet(formats, fonts, fills, borders, new CellStyleFormats(new CellFormat()), cells);
    }

    private static Font Font(string name, double size, bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        // charset 134 is GB2312: Excel then picks the Chinese face, not a Western stand-in.
        font.Append(new FontSize { Val = size }, new FontName { Val = name }, new FontFamilyNumbering { Val = 3 }, new FontCharSet { Val = 134 });
        return font;
    }

    private static Fill Solid(string rgb) => new(new PatternFill(new ForegroundColor { Rgb = rgb }, new BackgroundColor { Indexed = 64u }) { PatternType = PatternValues.Solid });

    private static T Side<T>(T border)
        where T : BorderPropertiesType
    {
        border.Style = BorderStyleValues.Thin;
        border.Append(new Color { Indexed = 64u });
        return border;
    }

    private static CellFormat Xf(uint font, uint fill, uint border, uint format, HorizontalAlignmentValues horizontal, bool wrap) => new(
        new Alignment { Horizontal = horizontal, Vertical = VerticalAlignmentValues.Center, WrapText = wrap ? true : null })
    {
        FontId = font,
        FillId = fill,
        BorderId = border,
        NumberFormatId = format,
        FormatId = 0,
        ApplyFont = true,
        ApplyFill = fill != 0 ? true : null,
        ApplyBorder = border != 0 ? true : null,
        ApplyNumberFormat = format != 0 ? true : null,
        ApplyAlignment = true,
    };
}
