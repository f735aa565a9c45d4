using System.Text.Json;
using PerfEval.Cli;
using PerfEval.Inputs;
using PerfEval.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace PerfEval.Tests.Cli;

/// <summary>What an analyst gets from the command line: every format, explain, template, batch, and safe output files.</summary>
public sealed class CliOutputTests : IDisposable
{
    private static readonly string Rules = Repo.Rules("yangxi-2023.yaml");
    private static readonly string Sample = Repo.Samples("yangxi-2023.json");
    private readonly string folder = Path.Combine(Path.GetTempPath(), "perfeval-cli-" + Guid.NewGuid().ToString("N"));

    public CliOutputTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Score_Report_WritesTheChineseAnalysisLikeTheSource()
    {
        var (exit, stdout, _) = Run("score", "--rules", Rules, "--input", Sample, "--format", "report", "--lang", "zh");

        Assert.Equal(ExitCodes.Success, exit);

        // The source report's own sentences (三、绩效自评分析), generated from the breakdown.
        Assert.Contains("整体支出绩效自评分数92.76分，自评等级为优。", stdout, StringComparison.Ordinal);
        Assert.Contains("资金下达合规性，本单位2023年度无转移支付及无下属单位。本项指标不考核，2分调整至“部门预算资金支出完成率”指标。", stdout, StringComparison.Ordinal);
        Assert.Contains("本单位2023年实际支出2679.48万元，财政下达预算数2774.62万元，支出完成率96.57%。本项指标总分值5分，增加资金下达合规性指标分值2分，指标总分值7分，按照相关指标计算，自评得分6.76分。", stdout, StringComparison.Ordinal);
        Assert.Contains("制度管理，本单位制订了财务管理、资产管理、项目管理等制度且能得到有效执行，但预算绩效管理制度尚未完善，还需进一步健全。本项指标总分值5分，自评得分3分。", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("数据核对提示", stdout, StringComparison.Ordinal); // the checks are not for filing
        Snapshot.Match(stdout, SnapshotNameExtension.Create("report"));
    }

    [Fact]
    public void Score_Markdown_HasTheTableTotalAndGrade()
    {
        var (exit, stdout, _) = Run("score", "--rules", Rules, "--input", Sample, "--format", "markdown", "--lang", "zh");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.StartsWith("# 阳西县部门整体支出绩效自评（2023年度）", stdout, StringComparison.Ordinal);
        Assert.Contains("| 指标 | 分值 | 调整后分值 | 得分 | 扣分 | 状态 |", stdout, StringComparison.Ordinal);
        Assert.Contains("| &nbsp;&nbsp;&nbsp;&nbsp;部门预算资金支出完成率 | 5.00 | 7.00 | 6.76 | 0.24 | 公式计算 |", stdout, StringComparison.Ordinal);
        Assert.Contains("**合计：92.76分  等级：优**\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_Csv_HasALineperLeafAndTheTotal()
    {
        var (exit, stdout, _) = Run("score", "--rules", Rules, "--input", Sample, "--format", "csv");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.StartsWith("\uFEFFLevel 1,", stdout, StringComparison.Ordinal); // the BOM Excel needs to read UTF-8
        var lines = stdout[1..].Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Level 1,Level 2,Level 3,id,Weight,Effective,Score,Lost,Status,reason", lines[0]);
        Assert.Equal(24, lines.Length); // header, 22 leaves, total
        Assert.StartsWith("预算执行,资金管理,部门预算资金支出完成率,budget_execution_rate,5.00,7.00,6.76,0.24,formula,", lines.Single(l => l.Split(',')[3] == "budget_execution_rate"), StringComparison.Ordinal);
        Assert.Equal("Total,,,,100.00,100.00,92.76,7.24,优,", lines[^1]);
    }

    [Fact]
    public void Score_Xlsx_WritesTheSelfEvaluationWorkbookInTheChosenLanguage()
    {
        var zh = Path.Combine(folder, "自评表.xlsx");
        var en = Path.Combine(folder, "self-evaluation.xlsx");

        var (exit, _, _) = Run("score", "--rules", Rules, "--input", Sample, "--format", "xlsx", "--out", zh, "--lang", "zh");
        var (enExit, _, _) = Run("score", "--rules", Rules, "--input", Sample, "--format", "xlsx", "--out", en, "--lang", "en");

        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (exit, enExit));
        using (var book = new Office.WorkbookReader(File.ReadAllBytes(zh)))
        {
            Assert.Equal(new[] { "自评表", "计算过程", "数据核对" }, book.SheetNames);
            Assert.Equal(("部门预算资金支出完成率", 6.76m), (book.Value("自评表", "C17"), book.Value("自评表", "F17")));
            Assert.Equal(("合计", 92.76m, "自评等级：优"), (book.Value("自评表", "A39"), book.Value("自评表", "F39"), book.Value("自评表", "G39")));
        }

        using var english = new Office.WorkbookReader(File.ReadAllBytes(en));
        Assert.Equal(new[] { "Self-evaluation", "Calculation", "Data checks" }, english.SheetNames);
    }

    [Fact]
    public void Score_XlsxWithoutOut_IsAUsageError()
    {
        var (exit, stdout, stderr) = Run("score", "--rules", Rules, "--input", Sample, "--format", "xlsx");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Empty(stdout);
        Assert.Contains("--out", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_TextOnATerminal_IsColouredAndOtherwiseNot()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Commands.Invoke(["score", "--rules", Rules, "--input", Sample], stdout, stderr, new Terminal(stdoutIsTerminal: true, stderrIsTerminal: true));
        var plain = Run("score", "--rules", Rules, "--input", Sample).Stdout;

        Assert.Contains("\u001b[31m", stdout.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', plain);
    }

    [Fact]
    public void Score_Out_WritesTheFileAndNothingToStdout()
    {
        var path = Path.Combine(folder, "card.json");

        var (exit, stdout, _) = Run("score", "--rules", Rules, "--input", Sample, "--format", "json", "--out", path);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Empty(stdout);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal(92.76m, json.RootElement.GetProperty("total").GetDecimal());
        Assert.Equal(new[] { "card.json" }, Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Score_FailingRun_LeavesTheExistingOutFileUntouched()
    {
        var path = Path.Combine(folder, "card.txt");
        File.WriteAllText(path, "previous");
        var broken = Path.Combine(folder, "broken.json");
        File.WriteAllText(broken, "{ \"values\": { \"issued_budget\": \"abc\" } }");

        var (exit, _, _) = Run("score", "--rules", Rules, "--input", broken, "--out", path);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Equal("previous", File.ReadAllText(path));
        Assert.Equal(2, Directory.GetFiles(folder).Length);
    }

    [Fact]
    public void Score_OutIntoAMissingFolder_IsAnIoErrorWithoutAStackTrace()
    {
        var (exit, _, stderr) = Run("score", "--rules", Rules, "--input", Sample, "--out", Path.Combine(folder, "no", "such", "card.txt"));

        Assert.Equal(ExitCodes.IoError, exit);
        Assert.StartsWith("error: ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Indicator_ShowsFormulaValuesScalingAndNote()
    {
        var (exit, stdout, _) = Run("explain", "--rules", Rules, "--input", Sample, "budget_execution_rate");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("formula: weight * Min(1, execution_rate) → 5 * Min(1, ≈0.965711) = ≈4.828553", stdout, StringComparison.Ordinal);
        Assert.Contains("execution_rate: 0.9657106198326257289286460849 ratio", stdout, StringComparison.Ordinal);
        Assert.Contains("≈4.828553 × 7 / 5 = ≈6.759974", stdout, StringComparison.Ordinal);
        Assert.Contains("fund_allocation_compliance → budget_execution_rate 2.00", stdout, StringComparison.Ordinal);

        var bands = Run("explain", "--rules", Rules, "--input", Sample, "carryover_rate").Stdout;
        Assert.Contains("value ≈0.034289 lies in [0, 0.05]: 2 points", bands, StringComparison.Ordinal);
        Assert.Contains("assumed: bands not stated", bands, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_UnknownIndicator_IsAUsageError()
    {
        var (exit, _, stderr) = Run("explain", "--rules", Rules, "--input", Sample, "nowhere");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("no indicator 'nowhere'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_FilledWithTheSample_ScoresAndBlankNamesEveryMissingValue()
    {
        var path = Path.Combine(folder, "blank.json");
        Assert.Equal(ExitCodes.Success, Run("template", "--rules", "yangxi-department-overall@1.0.0", "--out", path).Exit);
        var template = File.ReadAllText(path);

        Assert.Contains("// 财政下达预算数 — decimal, 万元, [0, +∞), required", template, StringComparison.Ordinal);
        Assert.Contains("\"budget_rationality\": { \"score\": null, \"reason\": \"\" }", template, StringComparison.Ordinal);

        // Blank, it reads (null means not given), and scoring names every missing value and judgement.
        var blank = Some.Yangxi().Evaluate(JsonInputReader.ReadFile(path).GetValueOrThrow());
        Assert.Contains(blank.Errors, d => d.Code == "PE0402" && d.Message.Contains("'issued_budget'", StringComparison.Ordinal));
        Assert.Contains(blank.Errors, d => d.Code == "PE0406" && d.IndicatorId == "budget_rationality");

        // Filled in with the sample's figures, it scores 92.76.
        var sample = Some.YangxiInput();
        var filled = template;
        foreach (var (name, value) in sample.Values)
        {
            filled = filled.Replace($"\"{name}\": null", $"\"{name}\": {(value.Kind == InputValueKind.Boolean ? value.ToString() : value.Kind == InputValueKind.Number ? value.ToString() : JsonSerializer.Serialize(value.Text))}", StringComparison.Ordinal);
        }

        foreach (var (id, judgement) in sample.Judgements)
        {
            filled = filled.Replace($"\"{id}\": {{ \"score\": null, \"reason\": \"\" }}", $"\"{id}\": {{ \"score\": {judgement.Score}, \"reason\": {JsonSerializer.Serialize(judgement.Reason)} }}", StringComparison.Ordinal);
        }

        var input = JsonInputReader.Read(filled, "filled.json").GetValueOrThrow();
        Assert.Equal(92.76m, Some.Yangxi().Score(input).Total);
    }

    [Fact]
    public void Score_BlankTemplate_SaysWhichLineOfTheTemplateIsNotFilledIn()
    {
        var path = Path.Combine(folder, "blank.json");
        Assert.Equal(ExitCodes.Success, Run("template", "--rules", "yangxi-department-overall@1.0.0", "--out", path).Exit);
        var line = Array.FindIndex(File.ReadAllLines(path), l => l.Contains("\"budget_rationality\": { \"score\": null", StringComparison.Ordinal)) + 1;

        var (exit, _, stderr) = Run("score", "--rules", "yangxi-department-overall@1.0.0", "--input", path);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains($"blank.json:{line}:", stderr, StringComparison.Ordinal);
        Assert.Contains("warning PE0406: Judgement \"budget_rationality\" is not filled in", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("score")]
    [InlineData("validate")]
    [InlineData("show")]
    [InlineData("diff")]
    [InlineData("explain")]
    [InlineData("template")]
    [InlineData("batch")]
    public void Help_EveryCommand_DescribesItsOptions(string command)
    {
        var (exit, stdout, _) = Run(command, "--help");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("Usage:", stdout, StringComparison.Ordinal);
        Assert.Contains(command, stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_JsonLinesWithABadRecord_ScoresTheRestInOrderWithAnErrorRow()
    {
        var lines = Departments(6).ToList();
        lines.Insert(2, "{ \"values\": { \"issued_budget\": \"abc\" } }");
        lines.Insert(4, "{ not json");
        var input = Path.Combine(folder, "units.jsonl");
        File.WriteAllLines(input, lines);
        var output = Path.Combine(folder, "scores.csv");

        var (exit, _, stderr) = Run("batch", "--rules", Rules, "--input", input, "--out", output);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("8 records: 6 scored, 2 with errors.", stderr, StringComparison.Ordinal);
        var rows = File.ReadAllText(output).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("record,subject,total,grade,error,budget_rationality,", rows[0], StringComparison.Ordinal);
        Assert.Equal(9, rows.Length);
        Assert.Equal(new[] { "units.jsonl:1", "units.jsonl:2", "units.jsonl:3", "units.jsonl:4", "units.jsonl:5", "units.jsonl:6", "units.jsonl:7", "units.jsonl:8" }, rows.Skip(1).Select(r => r.Split(',')[0]));
        Assert.Contains("error PE0403", rows[3], StringComparison.Ordinal);
        Assert.Contains("issued_budget", rows[3], StringComparison.Ordinal);
        Assert.Contains("error PE0401", rows[5], StringComparison.Ordinal);
        Assert.StartsWith("units.jsonl:1,阳西县土地储备和城市更新事务中心,92.76,优,,4.00,", rows[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_FolderAndArrayAndJsonLines_GiveTheSameScores()
    {
        var records = Departments(5).ToList();
        var dir = Path.Combine(folder, "units");
        Directory.CreateDirectory(dir);
        for (var i = 0; i < records.Count; i++)
        {
            File.WriteAllText(Path.Combine(dir, $"unit{i}.json"), records[i]);
        }

        var array = Path.Combine(folder, "units.json");
        File.WriteAllText(array, "[" + string.Join(",\n", records) + "]");
        var totals = new List<string[]>();
        foreach (var source in new[] { dir, array })
        {
            var output = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".jsonl");
            Assert.Equal(ExitCodes.Success, Run("batch", "--rules", Rules, "--input", source, "--format", "jsonl", "--out", output).Exit);
            totals.Add(File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("scorecard").GetProperty("total").GetRawText()).ToArray());
        }

        Assert.Equal(totals[0], totals[1]);
        Assert.Equal("92.76", totals[0][0]);
        Assert.Equal(5, totals[0].Distinct().Count());
    }

    [Fact]
    public void ExitCodes_AreExactlyTheOnesDocumented()
    {
        var documented = System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(Path.Combine(Repo.Root, "docs", "cli.md")), @"^\| (\d+) \|", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        var defined = typeof(ExitCodes).GetFields().Select(f => (int)f.GetValue(null)!);
        Assert.Equal(defined.Order(), documented.Order());
    }

    /// <summary>The Yangxi sample as one-line JSON, with the spending varied per record.</summary>
    private static IEnumerable<string> Departments(int count)
    {
        var text = string.Join("\n", File.ReadAllLines(Sample).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        for (var i = 0; i < count; i++)
        {
            var json = text.Replace("\"actual_spending\": 2679.48", $"\"actual_spending\": {2679.48m - (i * 100)}", StringComparison.Ordinal);
            using var document = JsonDocument.Parse(json);
            yield return JsonSerializer.Serialize(document.RootElement, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }
    }

    /// <summary>
    /// Under <c>--lang zh</c> a command line that does not parse is answered in Chinese, one line per error, worded from
    /// what the parse found, then where the usage is; nothing on standard output, and exit code 1 as under English.
    /// </summary>
    [Theory]
    [InlineData("score --lang zh", "错误：“perfeval score”缺少必填选项“--rules”。|错误：“perfeval score”缺少必填选项“--input”。|用法见“perfeval score --help”。")]
    [InlineData("score --rules R --input S --bogus --lang zh", "错误：“--bogus”不是“perfeval score”的命令、选项或参数。|用法见“perfeval score --help”。")]
    [InlineData("score --rules R --input S --format pdf --lang=zh", "错误：“pdf”不是选项“--format”的可选值，可选值为“csv”、“docx”、“json”、“markdown”、“report”、“text”、“xlsx”。|用法见“perfeval score --help”。")]
    [InlineData("batch --rules R --input S --out o.csv --threads abc --lang zh", "错误：选项“--threads”的取值应为整数，而不是“abc”。|用法见“perfeval batch --help”。")]
    [InlineData("validate --lang zh", "错误：“perfeval validate”缺少参数“<files>”。|用法见“perfeval validate --help”。")]
    [InlineData("scor --lang zh", "错误：“scor”不是“perfeval”的命令、选项或参数。|错误：“--lang”不是“perfeval”的命令、选项或参数。|错误：“zh”不是“perfeval”的命令、选项或参数。|错误：请指定命令，例如“perfeval score”。|用法见“perfeval --help”。")]
    public void Parse_ChineseUsageError_IsWordedInChinese(string commandLine, string expected)
    {
        var args = commandLine.Split(' ').Select(a => a == "R" ? Rules : a == "S" ? Sample : a).ToArray();

        var (exit, stdout, stderr) = Run(args);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal(expected.Split('|'), stderr.TrimEnd().Split(Environment.NewLine));
    }

    [Fact]
    public void Parse_EnglishUsageError_IsSystemCommandLinesWithTheHelp()
    {
        var (exit, stdout, stderr) = Run("score", "--lang", "en");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("Option '--rules' is required.", stderr, StringComparison.Ordinal);
        Assert.Contains("Usage:", stdout, StringComparison.Ordinal);
    }

    private static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = Commands.Invoke(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
