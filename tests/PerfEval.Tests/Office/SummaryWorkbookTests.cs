using DocumentFormat.OpenXml.Packaging;
using PerfEval.Evaluation;
using PerfEval.Office;
using PerfEval.Rendering;
using PerfEval.Results;
using PerfEval.Tests.Support;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace PerfEval.Tests.Office;

/// <summary><see cref="SummaryWorkbook"/> on a two-indicator rule set whose totals the test chooses: ranks, ties, names, sums and misuse.</summary>
public sealed class SummaryWorkbookTests
{
    private static readonly CompiledRuleSet TwoParts = Some.Rules(Some.Header() + """
        inputs:
          - { name: a, type: decimal, min: 0, max: 60 }
          - { name: b, type: decimal, min: 0, max: 40 }
        indicators:
          - id: part_a
            name: 甲部分
            weight: 60
            children:
              - { id: a1, name: 甲一, weight: 60, formula: a }
          - { id: part_b, name: 乙部分, weight: 40, formula: b }
        """);

    [Fact]
    public void Write_EqualTotals_ShareARankAndTheNextRankSkips()
    {
        // Totals 95, 88, 88, 70, 88: sorted 95, 88, 88, 88, 70, ranked 1, 2, 2, 2, 5; equal totals keep the order added.
        var figures = new (string Unit, decimal A, decimal B)[] { ("一局", 55, 40), ("二局", 50, 38), ("三局", 58, 30), ("四局", 40, 30), ("五局", 48, 40) };
        using var summary = new SummaryWorkbook(TwoParts.Definition, new RenderOptions { Language = ReportLanguage.Chinese });
        foreach (var (unit, a, b) in figures)
        {
            summary.Add(Score(unit, a, b), unit + ".json");
        }

        using var workbook = Read(summary);
        var cells = workbook.Values("汇总");
        Assert.Equal(new object[] { 1m, 2m, 2m, 2m, 5m }, Enumerable.Range(4, 5).Select(r => cells["A" + r]));
        Assert.Equal(new object[] { "一局", "二局", "三局", "五局", "四局" }, Enumerable.Range(4, 5).Select(r => cells["B" + r]));
        Assert.Equal(new object[] { 95m, 88m, 88m, 88m, 70m }, Enumerable.Range(4, 5).Select(r => cells["C" + r]));
        Assert.Equal(new object[] { "优", "良", "良", "良", "中" }, Enumerable.Range(4, 5).Select(r => cells["D" + r]));
        Assert.Equal(new object[] { 55m, 50m, 58m, 48m, 40m }, Enumerable.Range(4, 5).Select(r => cells["E" + r]));
        Assert.Equal(new object[] { 40m, 38m, 30m, 40m, 30m }, Enumerable.Range(4, 5).Select(r => cells["F" + r]));
        Assert.Equal("五局.json", cells["G7"]);
        Assert.Equal("共5个单位：已评分5个，未能评分0个；平均分85.80分。", cells["A2"]);
        Assert.Contains(workbook.DefinedNames, n => n.Text == "'汇总'!$3:$3");
    }

    [Fact]
    public void Write_PointsLost_AreSummedPerLeafMostFirstWithTheUnitsThatLostThem()
    {
        using var summary = new SummaryWorkbook(TwoParts.Definition);
        summary.Add(Score("x", 50, 40), "x");
        summary.Add(Score("y", 57, 31), "y");
        summary.Add(Score("z", 60, 40), "z");

        using var workbook = Read(summary);
        var cells = workbook.Values("Statistics");
        var header = Enumerable.Range(1, 60).First(r => cells.TryGetValue("A" + r, out var v) && v is "Indicator");

        // 甲一 lost 10 + 3 + 0 = 13 over two units; 乙部分 0 + 9 + 0 = 9 over one.
        Assert.Equal(new object[] { "甲一", "甲部分", 60m, 13m, 4.33m, 2m }, Enumerable.Range(0, 6).Select(c => cells[(char)('A' + c) + (header + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)]));
        Assert.Equal(new object[] { "乙部分", "乙部分", 40m, 9m, 3m, 1m }, Enumerable.Range(0, 6).Select(c => cells[(char)('A' + c) + (header + 2).ToString(System.Globalization.CultureInfo.InvariantCulture)]));
        Assert.Equal(new object[] { "优 (excellent)", TwoParts.Definition.Grades[0].Range.ToString(), 2m }, new[] { "A5", "B5", "C5" }.Select(r => cells[r]));
        Assert.Equal(new object[] { "良 (good)", 1m, "中 (fair)", 0m }, new[] { "A6", "C6", "A7", "C7" }.Select(r => cells[r]));
    }

    [Fact]
    public void Write_NoDepartments_WritesEmptyTablesAndSaysThereAreNoErrors()
    {
        using var summary = new SummaryWorkbook(TwoParts.Definition, new RenderOptions { Language = ReportLanguage.Chinese });

        using var workbook = Read(summary);

        Assert.Equal("共0个单位：已评分0个，未能评分0个。", workbook.Value("汇总", "A2"));
        Assert.Null(workbook.Value("汇总", "A4"));
        Assert.Equal("全部记录均已评分，没有错误。", workbook.Value("错误", "A4"));
        Assert.Equal(0m, workbook.Value("统计分析", "C5"));
    }

    [Fact]
    public void Write_Failures_ListEveryDiagnosticUnderItsRecordMerged()
    {
        using var summary = new SummaryWorkbook(TwoParts.Definition);
        summary.AddFailure("units.jsonl:3", "三局", new[]
        {
            new Diagnostic("PE0402", DiagnosticSeverity.Error, "Missing required input 'a'.", "units.jsonl:3"),
            new Diagnostic("PE0403", DiagnosticSeverity.Error, "Input 'b' must be a number.", "units.jsonl:3", 1, 17, "part_b"),
        });
        summary.AddFailure("bad.json", null, new[] { new Diagnostic("PE0401", DiagnosticSeverity.Error, "JSON syntax.", "/in/bad.json", 1, 13) });

        using var workbook = Read(summary);
        var cells = workbook.Values("Errors");
        Assert.Equal("Records that could not be scored (2)", cells["A1"]);
        Assert.Equal(new object[] { 1m, "units.jsonl:3", "三局", "PE0402", "units.jsonl:3", "Missing required input 'a'." }, Row(cells, 4));
        Assert.Equal(new object?[] { null, null, null, "PE0403", "units.jsonl:3:1:17", "Input 'b' must be a number. [part_b]" }, Row(cells, 5));
        Assert.Equal(new object?[] { 2m, "bad.json", null, "PE0401", "/in/bad.json:1:13", "JSON syntax." }, Row(cells, 6));
        Assert.Contains("A4:A5", workbook.Merges("Errors"));
        Assert.Contains("C4:C5", workbook.Merges("Errors"));
        Assert.Equal(2, summary.Failed);
    }

    [Theory]
    [InlineData(new[] { "一局", "一局", "一局" }, new[] { "一局", "一局 (2)", "一局 (3)" })]
    [InlineData(new[] { "汇总" }, new[] { "汇总 (2)" })]
    [InlineData(new[] { "a/b:c?d*e[f]g\\h" }, new[] { "a_b_c_d_e_f_g_h" })]
    [InlineData(new[] { "'引号'" }, new[] { "引号" })]
    [InlineData(new[] { "广东省阳江市阳西县土地储备和城市更新事务中心下属的某个很长名字的单位", "广东省阳江市阳西县土地储备和城市更新事务中心下属的某个很长名字的单位" }, new[] { "广东省阳江市阳西县土地储备和城市更新事务中心下属的某个很长名字", "广东省阳江市阳西县土地储备和城市更新事务中心下属的某个 (2)" })]
    public void Write_DepartmentSheets_AreNamedAsExcelAllowsAndNeverTwiceAlike(string[] units, string[] expected)
    {
        using var summary = new SummaryWorkbook(TwoParts.Definition, new RenderOptions { Language = ReportLanguage.Chinese }, departmentSheets: true);
        foreach (var unit in units)
        {
            summary.Add(Score(unit, 60, 40), unit);
        }

        using var workbook = Read(summary);

        Assert.Equal(new[] { "汇总", "统计分析", "错误" }.Concat(expected), workbook.SheetNames);
        Assert.All(workbook.SheetNames, n => Assert.True(n.Length <= 31, n));
        Assert.Equal(units[0], workbook.Value(expected[0], "B2"));
    }

    [Fact]
    public void Write_Charts_AreColumnAndBarChartsOverTheStatisticsCells()
    {
        using var summary = new SummaryWorkbook(TwoParts.Definition);
        summary.Add(Score("x", 50, 40), "x");
        using var stream = new MemoryStream();
        summary.Write(stream);
        stream.Position = 0;

        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == "Statistics");
        var part = (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
        var charts = part.DrawingsPart!.ChartParts.Select(c => c.ChartSpace.Descendants<C.BarChart>().Single()).OrderBy(c => c.BarDirection!.Val!.Value == C.BarDirectionValues.Bar).ToList();

        Assert.Equal(C.BarDirectionValues.Column, charts[0].BarDirection!.Val!.Value);
        Assert.Equal("'Statistics'!$C$5:$C$8", charts[0].Descendants<C.Values>().Single().Descendants<C.Formula>().Single().Text);
        Assert.Equal(C.BarDirectionValues.Bar, charts[1].BarDirection!.Val!.Value);
        using var workbook = new WorkbookReader(stream.ToArray());
        var cells = workbook.Values("Statistics");
        var header = Enumerable.Range(1, 60).First(r => cells.TryGetValue("A" + r, out var v) && v is "Indicator");
        Assert.Equal($"'Statistics'!$D${header + 1}:$D${header + 2}", charts[1].Descendants<C.Values>().Single().Descendants<C.Formula>().Single().Text);
        Assert.Equal($"'Statistics'!$A${header + 1}:$A${header + 2}", charts[1].Descendants<C.CategoryAxisData>().Single().Descendants<C.Formula>().Single().Text);
    }

    [Fact]
    public void Add_Misuse_Throws()
    {
        using var summary = new SummaryWorkbook(TwoParts.Definition);
        var other = Some.Yangxi();

        Assert.Throws<ArgumentNullException>(() => new SummaryWorkbook(null!));
        Assert.Throws<ArgumentNullException>(() => summary.Add(null!, "x"));
        Assert.Throws<ArgumentNullException>(() => summary.Add(Score("x", 1, 1), null!));
        Assert.Throws<ArgumentNullException>(() => summary.AddFailure("x", null, null!));
        Assert.Throws<ArgumentException>(() => summary.Add(other.Score(Some.YangxiInput()), "yangxi"));
        Assert.Throws<ArgumentNullException>(() => summary.Write(null!));

        summary.Write(Stream.Null);

        Assert.Throws<InvalidOperationException>(() => summary.Add(Score("x", 1, 1), "x"));
        Assert.Throws<InvalidOperationException>(() => summary.Write(Stream.Null));
    }

    private static Scorecard Score(string unit, decimal a, decimal b) => Some.Score(TwoParts, v => v.Subject(unit).Set("a", a).Set("b", b));

    private static WorkbookReader Read(SummaryWorkbook summary)
    {
        using var stream = new MemoryStream();
        summary.Write(stream);
        return new WorkbookReader(stream.ToArray());
    }

    private static object?[] Row(IReadOnlyDictionary<string, object> cells, int row)
        => Enumerable.Range(0, 6).Select(c => cells.TryGetValue((char)('A' + c) + row.ToString(System.Globalization.CultureInfo.InvariantCulture), out var v) ? v : null).ToArray();
}
