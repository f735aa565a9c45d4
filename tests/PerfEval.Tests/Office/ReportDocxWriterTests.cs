using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEval.Office;
using PerfEval.Rendering;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Office;

/// <summary>The 自评报告 as a Word document, read back with OpenXml: the sections in order, the figures, and the fonts and indents of a government document.</summary>
public sealed class ReportDocxWriterTests
{
    private static readonly Lazy<byte[]> YangxiDocx = new(() =>
    {
        var rules = Some.Yangxi();
        var input = Some.YangxiInput();
        var report = ReportBuilder.Build(rules.Score(input), rules.Definition, input, new RenderOptions { Language = ReportLanguage.Chinese });
        using var stream = new MemoryStream();
        ReportDocxWriter.Write(stream, report);
        return stream.ToArray();
    });

    [Fact]
    public void Write_Yangxi_HasTheHeadingsInOrderWithTheirStyles()
    {
        using var document = Open();
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();

        Assert.Equal(string.Empty, paragraphs[2].InnerText); // the blank line under the title
        Assert.Equal(new[] { "ReportTitle", "ReportTitle", null, "Heading1" }, paragraphs.Take(4).Select(StyleOf));
        Assert.Equal("阳西县土地储备和城市更新事务中心", paragraphs[0].InnerText);
        Assert.Equal("2023年度部门整体支出绩效自评报告", paragraphs[1].InnerText);
        Assert.Equal("阳西县土地储备和城市更新事务中心2023年度部门整体支出绩效自评报告", document.PackageProperties.Title);
        Assert.Equal(
            new[] { "一、部门基本情况", "二、绩效自评结论", "三、绩效自评分析", "四、存在的问题、原因分析及改进措施", "五、其他需要说明的情况" },
            paragraphs.Where(p => StyleOf(p) == "Heading1").Select(p => p.InnerText));
        Assert.Equal("（三）部门整体支出情况。", paragraphs.Where(p => StyleOf(p) == "Heading2").ElementAt(2).InnerText);
        Assert.Contains(paragraphs, p => StyleOf(p) == "Heading3" && p.InnerText == "2.资金管理");
    }

    [Fact]
    public void Write_Yangxi_HoldsTheTotalTheGradeAndTheExecutionRateFigures()
    {
        using var document = Open();
        var body = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Where(p => StyleOf(p) == "Normal").Select(p => p.InnerText).ToList();

        Assert.Contains(body, t => t.Contains("整体支出绩效自评分数92.76分，自评等级为优。", StringComparison.Ordinal));
        Assert.Contains(body, t => t.Contains("实际支出2679.48万元，财政下达预算数2774.62万元，支出完成率96.57%", StringComparison.Ordinal) && t.EndsWith("自评得分6.76分。", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_Yangxi_SetsTheFontsSizesAndIndentOfAGovernmentDocument()
    {
        using var document = Open();
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);

        var normal = styles["Normal"];
        Assert.True(normal.Default?.Value);
        Assert.Equal("仿宋_GB2312", normal.StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("32", normal.StyleRunProperties.FontSize!.Val!.Value); // 三号, 16 pt
        Assert.Equal(200, normal.StyleParagraphProperties!.Indentation!.FirstLineChars!.Value); // two characters
        Assert.Equal("640", normal.StyleParagraphProperties.Indentation.FirstLine!.Value);
        Assert.Equal("方正小标宋简体", styles["ReportTitle"].StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("44", styles["ReportTitle"].StyleRunProperties!.FontSize!.Val!.Value); // 二号
        Assert.Equal(JustificationValues.Center, styles["ReportTitle"].StyleParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal("黑体", styles["Heading1"].StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("楷体_GB2312", styles["Heading2"].StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.NotNull(styles["Heading3"].StyleRunProperties!.Bold);
        Assert.Equal(new[] { 0, 1, 2 }, new[] { "Heading1", "Heading2", "Heading3" }.Select(h => styles[h].StyleParagraphProperties!.OutlineLevel!.Val!.Value));

        // Where a font is missing, the font table names what stands in for it.
        var fonts = document.MainDocumentPart.FontTablePart!.Fonts!.Elements<Font>().ToDictionary(f => f.Name!.Value!, f => f.AltName?.Val?.Value);
        Assert.Equal("仿宋", fonts["仿宋_GB2312"]);
        Assert.Equal("楷体", fonts["楷体_GB2312"]);
        Assert.Equal("黑体", fonts["方正小标宋简体"]);
        Assert.Equal("FangSong", fonts["仿宋"]);

        var page = document.MainDocumentPart.Document!.Body!.Elements<SectionProperties>().Single();
        Assert.Equal(11906U, page.GetFirstChild<PageSize>()!.Width!.Value); // A4
    }

    [Fact]
    public void Write_Yangxi_HighlightsTheGapsTheUnitFills()
    {
        using var document = Open();
        var runs = document.MainDocumentPart!.Document!.Body!.Descendants<Run>().ToList();

        var highlighted = runs.Where(r => r.RunProperties?.Highlight is not null).Select(r => r.InnerText).ToList();
        Assert.Contains("【待单位填写：部门主要职责、机构设置和人员编制情况。】", highlighted);
        Assert.Contains("【待单位说明】", highlighted); // a gap inside a sentence of （三）部门整体支出情况
        Assert.DoesNotContain(runs.Where(r => r.RunProperties?.Highlight is not null), r => r.InnerText.Contains("92.76", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_ToANonSeekableStream_WritesTheSameDocument()
    {
        var rules = Some.Yangxi();
        var report = ReportBuilder.Build(rules.Score(Some.YangxiInput()), rules.Definition, Some.YangxiInput(), new RenderOptions { Language = ReportLanguage.Chinese });
        using var sink = new MemoryStream();
        using (var forwardOnly = new ForwardOnlyStream(sink))
        {
            ReportDocxWriter.Write(forwardOnly, report);
        }

        using var document = WordprocessingDocument.Open(new MemoryStream(sink.ToArray()), false);
        Assert.Contains("92.76", document.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
    }

    private static WordprocessingDocument Open() => WordprocessingDocument.Open(new MemoryStream(YangxiDocx.Value), false);

    private static string? StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
