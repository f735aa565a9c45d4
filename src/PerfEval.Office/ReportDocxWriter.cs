using System;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEval.Rendering;

namespace PerfEval.Office;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as a Word document (.docx) set as a government document: A4, the 公文
/// margins, 标题 方正小标宋简体 二号 (黑体 where it is missing), body 仿宋_GB2312 三号 with a first-line indent of two
/// characters, 黑体 / 楷体_GB2312 / bold 仿宋_GB2312 headings with outline levels. Gaps the unit fills
/// (【待单位填写：…】) and the draft note are highlighted, so none is filed unnoticed.
/// </summary>
public static class ReportDocxWriter
{
    /// <summary>Writes the report to a stream.</summary>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="report">The report.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(Stream stream, ReportDocument report)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        // OpenXml needs a seekable stream; standard output is not, so the package is built in memory first.
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = ReportDocxStyles.Create();
            main.AddNewPart<FontTablePart>().Fonts = ReportDocxStyles.CreateFontTable();
            var body = new Body();
            for (var i = 0; i < report.Blocks.Count; i++)
            {
                body.Append(Paragraph(report.Blocks[i]));
                if (report.Blocks[i].Kind == ReportBlockKind.Title && (i + 1 == report.Blocks.Count || report.Blocks[i + 1].Kind != ReportBlockKind.Title))
                {
                    body.Append(new Paragraph()); // the blank line under a 公文 title
                }
            }

            body.Append(PageSetup());
            main.Document = new Document(body);
            document.PackageProperties.Title = string.Concat(report.Blocks.TakeWhile(b => b.Kind == ReportBlockKind.Title).Select(b => b.Text));
            document.PackageProperties.Language = report.Language == ReportLanguage.Chinese ? "zh-CN" : "en-US";
        }

        buffer.Position = 0;
        buffer.CopyTo(stream);
    }

    private static Paragraph Paragraph(ReportBlock block)
    {
        var style = block.Kind switch
        {
            ReportBlockKind.Title => ReportDocxStyles.Title,
            ReportBlockKind.Heading1 => ReportDocxStyles.Heading1,
            ReportBlockKind.Heading2 => ReportDocxStyles.Heading2,
            ReportBlockKind.Heading3 => ReportDocxStyles.Heading3,
            _ => ReportDocxStyles.Body,
        };
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        var marked = block.Kind is ReportBlockKind.ToComplete or ReportBlockKind.Draft;
        var text = block.Text;
        var at = 0;
        while (at < text.Length)
        {
            // A gap inside a sentence (【待补充：…】) is highlighted like a whole gap paragraph.
            var open = marked ? -1 : text.IndexOf('【', at);
            var close = open < 0 ? -1 : text.IndexOf('】', open);
            if (open < 0 || close < 0)
            {
                paragraph.Append(Run(text.Substring(at), marked));
                break;
            }

            if (open > at)
            {
                paragraph.Append(Run(text.Substring(at, open - at), false));
            }

            paragraph.Append(Run(text.Substring(open, close - open + 1), true));
            at = close + 1;
        }

        return paragraph;
    }

    private static Run Run(string text, bool highlighted)
    {
        var run = new Run();
        if (highlighted)
        {
            run.Append(new RunProperties(new Highlight { Val = HighlightColorValues.Yellow }));
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>A4 portrait with the 公文 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm.</summary>
    private static SectionProperties PageSetup() => new(
        new PageSize { Width = 11906U, Height = 16838U },
        new PageMargin { Top = 2098, Bottom = 1984, Left = 1588U, Right = 1474U, Header = 851U, Footer = 992U, Gutter = 0U });
}
