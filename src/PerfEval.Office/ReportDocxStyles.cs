using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEval.Office;

/// <summary>
/// The styles and fonts of a government document (公文) as the 自评报告 uses them: 标题 方正小标宋简体 二号, body
/// 仿宋_GB2312 三号 with a first-line indent of two characters and a fixed 29-point line (the title's 35 points), 一级标题 黑体, 二级标题
/// 楷体_GB2312, 三级标题 仿宋_GB2312 bold. Each font is listed in the font table with the font Word and LibreOffice
/// put in its place when it is missing (仿宋_GB2312 → 仿宋, 楷体_GB2312 → 楷体, 方正小标宋简体 → 黑体 (SimHei)).
/// </summary>
internal static class ReportDocxStyles
{
    public const string Title = "ReportTitle";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string Body = "Normal";

    public const string TitleFont = "方正小标宋简体";
    public const string BodyFont = "仿宋_GB2312";
    public const string Heading1Font = "黑体";
    public const string Heading2Font = "楷体_GB2312";
    public const string LatinFont = "Times New Roman";

    /// <summary>三号 (16 pt) in half-points.</summary>
    public const string BodySize = "32";

    /// <summary>二号 (22 pt) in half-points.</summary>
    public const string TitleSize = "44";

    /// <summary>Two characters of 三号 in twentieths of a point (2 × 16 pt).</summary>
    public const int TwoCharacters = 640;

    /// <summary>The fonts and what stands in for each when it is missing: name, alternative, the Windows font family name, pitch.</summary>
    public static readonly (string Name, string Alternative, string Family, string Panose)[] FontTable =
    {
        (BodyFont, "仿宋", "modern", "02010609030101010101"),
        (Heading2Font, "楷体", "modern", "02010609030101010101"),
        (TitleFont, "黑体", "script", "02000000000000000000"),
        (Heading1Font, "SimHei", "modern", "02010609060101010101"),
        ("仿宋", "FangSong", "modern", "02010609060101010101"),
        ("楷体", "KaiTi", "modern", "02010609060101010101"),
    };

    public static Styles Create()
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    Fonts(BodyFont),
                    new FontSize { Val = BodySize },
                    new FontSizeComplexScript { Val = BodySize },
                    new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { Line = "580", LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" }))));

        styles.Append(Paragraph(Body, "Normal", null, BodyFont, bold: false, indent: true, JustificationValues.Both, null, BodySize, isDefault: true));
        styles.Append(Paragraph(Title, "Report Title", Body, TitleFont, bold: false, indent: false, JustificationValues.Center, null, TitleSize, isDefault: false));
        styles.Append(Paragraph(Heading1, "heading 1", Body, Heading1Font, bold: false, indent: true, JustificationValues.Both, 0, BodySize, isDefault: false));
        styles.Append(Paragraph(Heading2, "heading 2", Body, Heading2Font, bold: false, indent: true, JustificationValues.Both, 1, BodySize, isDefault: false));
        styles.Append(Paragraph(Heading3, "heading 3", Body, BodyFont, bold: true, indent: true, JustificationValues.Both, 2, BodySize, isDefault: false));
        return styles;
    }

    public static DocumentFormat.OpenXml.Wordprocessing.Fonts CreateFontTable()
    {
        var table = new DocumentFormat.OpenXml.Wordprocessing.Fonts();
        foreach (var (name, alternative, family, panose) in FontTable)
        {
            table.Append(new Font(
                new AltName { Val = alternative },
                new Panose1Number { Val = panose },
                new FontCharSet { Val = "86" }, // GB2312
                new FontFamily { Val = family == "script" ? FontFamilyValues.Script : FontFamilyValues.Modern },
                new Pitch { Val = FontPitchValues.Variable })
            { Name = name });
        }

        table.Append(new Font(new FontCharSet { Val = "00" }, new FontFamily { Val = FontFamilyValues.Roman }, new Pitch { Val = FontPitchValues.Variable }) { Name = LatinFont });
        return table;
    }

    /// <summary>Chinese text in <paramref name="eastAsia"/>, Latin letters and digits in Times New Roman.</summary>
    public static RunFonts Fonts(string eastAsia) => new() { Ascii = LatinFont, HighAnsi = LatinFont, ComplexScript = LatinFont, EastAsia = eastAsia, Hint = FontTypeHintValues.EastAsia };

    private static Style Paragraph(string id, string name, string? basedOn, string font, bool bold, bool indent, JustificationValues justification, int? outline, string size, bool isDefault)
    {
        var paragraph = new StyleParagraphProperties();
        if (outline is not null)
        {
            paragraph.Append(new KeepNext());
        }

        paragraph.Append(new SpacingBetweenLines { Line = id == Title ? "700" : "580", LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" });
        paragraph.Append(indent
            ? new Indentation { FirstLineChars = 200, FirstLine = TwoCharacters.ToString(System.Globalization.CultureInfo.InvariantCulture) }
            : new Indentation { FirstLineChars = 0, FirstLine = "0" });
        paragraph.Append(new Justification { Val = justification });
        if (outline is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        var run = new StyleRunProperties(Fonts(font));
        if (bold)
        {
            run.Append(new Bold(), new BoldComplexScript());
        }

        run.Append(new FontSize { Val = size }, new FontSizeComplexScript { Val = size });
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = OnOffValue.FromBoolean(true);
        }

        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn }, new NextParagraphStyle { Val = Body });
        }

        style.Append(new PrimaryStyle(), paragraph, run);
        return style;
    }
}
