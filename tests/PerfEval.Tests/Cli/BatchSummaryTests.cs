using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using PerfEval.Cli;
using PerfEval.Evaluation;
using PerfEval.Inputs;
using PerfEval.Rendering;
using PerfEval.Results;
using PerfEval.Tests.Office;
using PerfEval.Tests.Support;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace PerfEval.Tests.Cli;

/// <summary>
/// <c>perfeval batch --format xlsx</c> over a folder of 50 inputs made from the Yangxi sample with varied figures (ties
/// and failures among them): the summary workbook read back with OpenXml, every figure checked against each input
/// scored on its own with the library.
/// </summary>
public sealed class BatchSummaryTests : IDisposable
{
    private static readonly string Rules = Repo.Rules("yangxi-2023.yaml");
    private readonly string folder = Path.Combine(Path.GetTempPath(), "perfeval-summary-" + Guid.NewGuid().ToString("N"));
    private readonly string inputs;

    public BatchSummaryTests()
    {
        inputs = Path.Combine(folder, "units");
        Directory.CreateDirectory(inputs);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>The inputs that fail, by file name, with the code each must report.</summary>
    private static readonly (string File, string Content, string Code)[] Broken =
    {
        ("b1-syntax.json", "{ \"subject\": \"语法错误局\", ", "PE0401"),
        ("b2-text.json", "TEXT", "PE0403"),
        ("b3-missing.json", "MISSING", "PE0402"),
        ("b4-empty.json", "{}", "PE0401"),
        ("b5-judgement.json", "JUDGEMENT", "PE0"),
    };

    /// <summary>
    /// Writes 45 scoreable departments and 5 broken inputs. Department i lowers its 部门履职效益 judgement by i mod 21
    /// points, its 重点任务 by i mod 5 and its spending by (i mod 7) × 30 万元, so totals spread over 优, 良 and 中;
    /// departments 11 and 31 repeat the figures of 10 and 30, so two pairs tie.
    /// </summary>
    private List<string> WriteFolder()
    {
        var sample = Sample();
        var files = new List<string>();
        for (var i = 0; i < 45; i++)
        {
            var k = i is 11 or 31 ? i - 1 : i;
            var unit = sample.DeepClone().AsObject();
            unit["subject"] = $"测试县第{i + 1:00}局";
            unit["values"]!["actual_spending"] = 2679.48m - (k % 7 * 30m);
            unit["judgements"]!["duty_performance"]!["score"] = 20 - (k % 21);
            unit["judgements"]!["key_task_completion"]!["score"] = 4 - (k % 5);
            // Every third department files the pre-filled input workbook instead of JSON: a folder mixes both.
            var json = unit.ToJsonString(JsonOptions);
            var path = Path.Combine(inputs, i % 3 == 0 ? $"u{i:00}.xlsx" : $"u{i:00}.json");
            if (i % 3 == 0)
            {
                File.WriteAllBytes(path, InputWorkbookTests.Write(Some.Yangxi(), JsonInputReader.Read(json).GetValueOrThrow(), new RenderOptions { Language = ReportLanguage.Chinese }));
            }
            else
            {
                File.WriteAllText(path, json);
            }

            files.Add(path);
        }

        foreach (var (file, content, _) in Broken)
        {
            var unit = sample.DeepClone().AsObject();
            unit["subject"] = "有误单位" + file[1];
            var text = content switch
            {
                "TEXT" => Edit(unit, u => u["values"]!["issued_budget"] = "2774.62"),
                "MISSING" => Edit(unit, u => u["values"]!.AsObject().Remove("annual_budget")),
                "JUDGEMENT" => Edit(unit, u => u["judgements"]!["duty_performance"]!["score"] = 99),
                _ => content,
            };
            File.WriteAllText(Path.Combine(inputs, file), text);
        }

        // Not inputs: the folder walk takes .json and .xlsx files only.
        File.WriteAllText(Path.Combine(inputs, "README.txt"), "填报说明");
        return files;
    }

    [Fact]
    public void Batch_FolderOfFiftyInputs_WritesTheSummaryWorkbookWithRanksGradesErrorsAndCharts()
    {
        var files = WriteFolder();
        var output = Path.Combine(folder, "全县汇总.xlsx");

        var (exit, _, stderr) = Run("batch", "--rules", Rules, "--input", inputs, "--format", "xlsx", "--out", output, "--lang", "zh");

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("共50条记录：已评分45条，出错5条。", stderr, StringComparison.Ordinal);

        // Each department scored on its own, with the library, not through batch.
        var rules = Some.Yangxi();
        var cards = files.Select(f => (File: Path.GetFileName(f), Card: rules.Score(ReadInput(f, rules)))).ToList();
        var expected = cards.OrderByDescending(c => c.Card.Total).ThenBy(c => c.File, StringComparer.Ordinal).ToList();
        Assert.Contains(expected, c => c.Card.Grade.Label == "良");
        Assert.Contains(expected, c => c.Card.Grade.Label == "中");

        using var workbook = new WorkbookReader(File.ReadAllBytes(output));
        Assert.Equal(new[] { "汇总", "统计分析", "错误" }, workbook.SheetNames);

        // 汇总: a row per department, highest first, ranks shared by ties and the next one skipped.
        var summary = workbook.Values("汇总");
        Assert.Equal("阳西县部门整体支出绩效自评（2023年度）汇总表", summary["A1"]);
        Assert.Equal(new object[] { "排名", "单位名称", "总分", "等级", "预算编制（20分）", "预算执行（40分）", "预算使用效益（40分）", "记录" }, Row(summary, 3, 8));
        var previousTotal = decimal.MaxValue;
        var previousRank = 0m;
        for (var i = 0; i < expected.Count; i++)
        {
            var (file, card) = expected[i];
            var row = Row(summary, 4 + i, 8);
            var rank = card.Total == previousTotal ? previousRank : i + 1;
            Assert.Equal(new object[] { rank, card.Subject!, card.Total, card.Grade.Label, card["budget_preparation"].Score, card["budget_execution"].Score, card["budget_effectiveness"].Score, file }, row);
            (previousTotal, previousRank) = (card.Total, rank);
        }

        Assert.False(summary.ContainsKey("A49"), "45 departments fill rows 4 to 48");
        var ties = expected.GroupBy(c => c.Card.Total).Where(g => g.Count() > 1).ToList();
        Assert.True(ties.Count >= 2, "departments 11 and 31 tie with 10 and 30");
        var ranks = Enumerable.Range(4, 45).Select(r => (decimal)summary["A" + r]).ToList();
        Assert.Equal(ranks.Count - ties.Sum(g => g.Count() - 1), ranks.Distinct().Count());
        Assert.Equal($"共50个单位：已评分45个，未能评分5个（见“错误”表）；平均分{Math.Round(cards.Average(c => c.Card.Total), 2, MidpointRounding.AwayFromZero).ToString("F2", CultureInfo.InvariantCulture)}分。", summary["A2"]);

        // 统计分析: a row per grade with its count and share, then the points lost per indicator, most first.
        var statistics = workbook.Values("统计分析");
        var grades = rules.Definition.Grades;
        for (var g = 0; g < grades.Count; g++)
        {
            var count = cards.Count(c => c.Card.Grade.Label == grades[g].Label);
            Assert.Equal(new object[] { grades[g].Label, grades[g].Range.ToString(), (decimal)count, (decimal)count / 45 }, Row(statistics, 5 + g, 4));
        }

        Assert.Equal(45m, statistics["C" + (5 + grades.Count)]);
        var leaves = cards[0].Card.AllIndicators.Where(i => !i.IsGroup).Select(i => i.Id).ToList();
        var lost = leaves.ToDictionary(id => id, id => cards.Sum(c => c.Card[id].PointsLost));
        var lostRow = Enumerable.Range(1, 60).Select(r => r).First(r => statistics.TryGetValue("A" + r, out var v) && v is "指标") + 1;
        var lostTable = Enumerable.Range(lostRow, leaves.Count).Select(r => (Name: (string)statistics["A" + r], Lost: (decimal)statistics["D" + r])).ToList();
        Assert.Equal(lostTable.Select(l => l.Lost).OrderByDescending(l => l), lostTable.Select(l => l.Lost));
        foreach (var id in leaves)
        {
            var name = cards[0].Card[id].Name;
            Assert.Equal(lost[id], lostTable.Single(l => l.Name == name).Lost);
        }

        Assert.True(lost["duty_performance"] > 0 && lost["key_task_completion"] > 0, "the varied judgements lose points");

        // Two native charts on 统计分析, their series pointing at the cells just checked.
        using var document = SpreadsheetDocument.Open(output, isEditable: false);
        var charts = Charts(document, "统计分析");
        Assert.Equal(2, charts.Count);
        var gradeChart = charts[0].Descendants<C.BarChart>().Single();
        Assert.Equal(C.BarDirectionValues.Column, gradeChart.BarDirection!.Val!.Value);
        var gradeSeries = gradeChart.Elements<C.BarChartSeries>().Single();
        Assert.Equal($"'统计分析'!$A$5:$A${4 + grades.Count}", gradeSeries.Descendants<C.CategoryAxisData>().Single().Descendants<C.Formula>().Single().Text);
        Assert.Equal($"'统计分析'!$C$5:$C${4 + grades.Count}", gradeSeries.Descendants<C.Values>().Single().Descendants<C.Formula>().Single().Text);
        Assert.Equal(grades.Select(g => (decimal)cards.Count(c => c.Card.Grade.Label == g.Label)), Cached(gradeSeries));
        var lostChart = charts[1].Descendants<C.BarChart>().Single();
        Assert.Equal(C.BarDirectionValues.Bar, lostChart.BarDirection!.Val!.Value);
        var lostSeries = lostChart.Elements<C.BarChartSeries>().Single();
        Assert.Equal($"'统计分析'!$A${lostRow}:$A${lostRow + leaves.Count - 1}", lostSeries.Descendants<C.CategoryAxisData>().Single().Descendants<C.Formula>().Single().Text);
        Assert.Equal($"'统计分析'!$D${lostRow}:$D${lostRow + leaves.Count - 1}", lostSeries.Descendants<C.Values>().Single().Descendants<C.Formula>().Single().Text);
        Assert.Equal(lostTable.Select(l => l.Lost), Cached(lostSeries));

        // 错误: each broken input once, with the code of its first error.
        var errors = workbook.Values("错误");
        Assert.Equal("未能评分的记录（5个）", errors["A1"]);
        var failed = Enumerable.Range(4, 200).Where(r => errors.ContainsKey("B" + r)).Select(r => (Record: (string)errors["B" + r], Code: (string)errors["D" + r], Subject: errors.GetValueOrDefault("C" + r))).ToList();
        Assert.Equal(Broken.Select(b => b.File), failed.Select(f => f.Record));
        foreach (var ((_, _, code), row) in Broken.Zip(failed))
        {
            Assert.StartsWith(code, row.Code, StringComparison.Ordinal);
        }

        Assert.Equal("有误单位2", failed[1].Subject is null ? null : failed[1].Subject);
    }

    [Fact]
    public void Batch_SummaryWithSheets_AddsADepartmentSheetInRankOrderLinkedFromItsRow()
    {
        WriteFolder();
        foreach (var file in Directory.GetFiles(inputs, "u*.*").Where(f => string.CompareOrdinal(Path.GetFileName(f), "u03") >= 0))
        {
            File.Delete(file);
        }

        var output = Path.Combine(folder, "summary.xlsx");

        var (exit, _, _) = Run("batch", "--rules", Rules, "--input", inputs, "--format", "xlsx", "--sheets", "--out", output, "--lang", "en");

        Assert.Equal(ExitCodes.InvalidInput, exit);
        using var workbook = new WorkbookReader(File.ReadAllBytes(output));
        var units = Enumerable.Range(4, 3).Select(r => (string)workbook.Value("Summary", "B" + r)!).ToList();
        Assert.Equal(new[] { "Summary", "Statistics", "Errors" }.Concat(units), workbook.SheetNames);
        foreach (var unit in units)
        {
            Assert.Equal(unit, workbook.Value(unit, "B2"));
            Assert.Equal("Total", workbook.Texts(unit).First(t => t == "Total"));
        }

        Assert.Equal(units.Select(u => $"'{u}'!A1"), workbook.Sheet("Summary").Descendants<DocumentFormat.OpenXml.Spreadsheet.Hyperlink>().Select(h => h.Location!.Value));
        Assert.Contains(workbook.DefinedNames, n => n.Text == $"'{units[0]}'!$7:$7");
    }

    [Fact]
    public void Batch_Failures_StandardErrorNamesTheFirstFiveWithTheirFirstErrorAndCountsTheRest()
    {
        var lines = BatchPipelineTests.Departments(3).ToList();
        for (var i = 0; i < 7; i++)
        {
            lines.Insert(1, "{ not json " + i);
        }

        var file = Path.Combine(folder, "units.jsonl");
        File.WriteAllLines(file, lines);

        var (exit, _, stderr) = Run("batch", "--rules", Rules, "--input", file, "--out", Path.Combine(folder, "scores.csv"));

        Assert.Equal(ExitCodes.InvalidInput, exit);
        var tail = stderr.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("10 records: 3 scored, 7 with errors.", tail[^1]);
        Assert.Equal("  and 2 more.", tail[^2]);
        Assert.Equal(new[] { 2, 3, 4, 5, 6 }.Select(n => $"  units.jsonl:{n}: PE0401 JSON syntax:"), tail.Skip(tail.Count - 7).Take(5).Select(l => l[..(l.IndexOf("syntax:", StringComparison.Ordinal) + 7)]));
        Assert.Equal("Records with errors:", tail[^8]);
    }

    [Fact]
    public void Batch_ChineseCsv_HasChineseHeadersAndTheUnitInEveryRow()
    {
        var file = Path.Combine(folder, "units.jsonl");
        File.WriteAllLines(file, BatchPipelineTests.Departments(2).Append("{ \"subject\": \"未填局\", \"values\": {} }"));
        var output = Path.Combine(folder, "scores.csv");

        var (exit, _, stderr) = Run("batch", "--rules", Rules, "--input", file, "--out", output, "--lang", "zh");

        Assert.Equal(ExitCodes.InvalidInput, exit);
        var rows = File.ReadAllText(output).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("记录,单位,总分,等级,错误,预算编制合理性,预算编制规范性,", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("units.jsonl:1,阳西县土地储备和城市更新事务中心,92.76,优,,", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("units.jsonl:3,未填局,,,", rows[3], StringComparison.Ordinal);
        Assert.Contains("出错的记录：", stderr, StringComparison.Ordinal);
        Assert.EndsWith("共3条记录：已评分2条，出错1条。", stderr.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_JsonLines_NamesTheUnitBesideTheRecord()
    {
        var file = Path.Combine(folder, "units.jsonl");
        File.WriteAllLines(file, BatchPipelineTests.Departments(1).Append("{ \"values\": { \"issued_budget\": \"x\" } }"));
        var output = Path.Combine(folder, "scores.jsonl");

        Run("batch", "--rules", Rules, "--input", file, "--format", "jsonl", "--out", output);

        var rows = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal("阳西县土地储备和城市更新事务中心", rows[0].GetProperty("subject").GetString());
        Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("subject").ValueKind);
        Assert.True(rows[1].TryGetProperty("errors", out _));
    }

    /// <summary>An input of the folder as the library reads it on its own: JSON, or a filled-in workbook.</summary>
    private static InputValues ReadInput(string file, CompiledRuleSet rules)
    {
        if (!file.EndsWith(".xlsx", StringComparison.Ordinal))
        {
            return JsonInputReader.ReadFile(file).GetValueOrThrow();
        }

        using var stream = File.OpenRead(file);
        return PerfEval.Office.InputWorkbook.Read(stream, file, rules.Definition).GetValueOrThrow();
    }

    [Fact]
    public void Batch_FolderWithABrokenWorkbook_GivesItAnErrorRowAndScoresTheRest()
    {
        File.WriteAllLines(Path.Combine(inputs, "a.json"), BatchPipelineTests.Departments(1));
        File.WriteAllBytes(Path.Combine(inputs, "b.xlsx"), [0x50, 0x4B, 0x03, 0x04]);
        File.WriteAllBytes(Path.Combine(inputs, "~$b.xlsx"), [0x00]);
        var output = Path.Combine(folder, "scores.csv");

        var (exit, _, stderr) = Run("batch", "--rules", Rules, "--input", inputs, "--out", output);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.DoesNotContain("~$b.xlsx", stderr, StringComparison.Ordinal);
        Assert.Contains("2 records: 1 scored, 1 with errors.", stderr, StringComparison.Ordinal);
        var rows = File.ReadAllLines(output);
        Assert.Equal(3, rows.Length);
        Assert.StartsWith("b.xlsx,", rows[2], StringComparison.Ordinal);
        Assert.Contains("PE0701", rows[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--sheets")]
    [InlineData("--sheets", "--format", "jsonl")]
    public void Batch_SheetsWithoutXlsx_IsAUsageError(params string[] extra)
    {
        var (exit, _, stderr) = Run(new[] { "batch", "--rules", Rules, "--input", Repo.Samples("yangxi-2023.json"), "--out", Path.Combine(folder, "x.csv") }.Concat(extra).ToArray());

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--sheets", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "x.csv")));
    }

    [Fact]
    public void Batch_XlsxToStandardOutputOnATerminal_IsRefused()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = Commands.Invoke(["batch", "--rules", Rules, "--input", Repo.Samples("yangxi-2023.json"), "--format", "xlsx", "--out", "-"], stdout, stderr, new Terminal(stdoutIsTerminal: true, stderrIsTerminal: false));

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal(string.Empty, stdout.ToString());
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static JsonNode Sample()
    {
        var text = string.Join("\n", File.ReadAllLines(Repo.Samples("yangxi-2023.json")).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        return JsonNode.Parse(text)!;
    }

    private static string Edit(JsonObject unit, Action<JsonObject> edit)
    {
        edit(unit);
        return unit.ToJsonString(JsonOptions);
    }

    private static object[] Row(IReadOnlyDictionary<string, object> cells, int row, int columns)
        => Enumerable.Range(1, columns).Select(c => cells.TryGetValue(((char)('A' + c - 1)).ToString() + row, out var v) ? v : null!).ToArray();

    private static List<C.ChartSpace> Charts(SpreadsheetDocument document, string sheet)
    {
        var workbook = document.WorkbookPart!;
        var id = workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == sheet).Id!;
        var part = (WorksheetPart)workbook.GetPartById(id!);
        Assert.NotNull(part.Worksheet.Elements<DocumentFormat.OpenXml.Spreadsheet.Drawing>().SingleOrDefault());
        var drawings = part.DrawingsPart!;
        return drawings.WorksheetDrawing.Descendants<C.ChartReference>().Select(r => ((ChartPart)drawings.GetPartById(r.Id!)).ChartSpace).ToList();
    }

    private static IEnumerable<decimal> Cached(C.BarChartSeries series)
        => series.Descendants<C.Values>().Single().Descendants<C.NumericPoint>().Select(p => decimal.Parse(p.NumericValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture));

    private static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = Commands.Invoke(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
