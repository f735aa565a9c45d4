using PerfEval.Cli;
using PerfEval.Tests.Office;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Cli;

/// <summary><c>perfeval template --format xlsx</c> and a filled workbook given to <c>score</c>, <c>explain</c> and <c>diff</c> as <c>--input</c>.</summary>
public sealed class TemplateXlsxTests : IDisposable
{
    private static readonly string Rules = Repo.Rules("yangxi-2023.yaml");
    private static readonly string Sample = Repo.Samples("yangxi-2023.json");
    private readonly string folder = Path.Combine(Path.GetTempPath(), "perfeval-template-xlsx-" + Guid.NewGuid().ToString("N"));

    public TemplateXlsxTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Template_XlsxPrefilledFromTheSample_ScoresAs9276Excellent()
    {
        var path = Path.Combine(folder, "自评填报表.xlsx");

        var template = Run([], "template", "--rules", Rules, "--format", "xlsx", "--input", Sample, "--lang", "zh", "--out", path);
        var score = Run([], "score", "--rules", Rules, "--input", path, "--format", "json");

        Assert.True(template.Exit == ExitCodes.Success, template.Stderr);
        Assert.Empty(template.Stderr);
        Assert.True(score.Exit == ExitCodes.Success, score.Stderr);
        Assert.Contains("\"total\": 92.76", score.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"label\": \"优\"", score.Stdout, StringComparison.Ordinal);
        Assert.Contains("自评填报表.xlsx\"", score.Stdout, StringComparison.Ordinal); // the warning names the workbook
    }

    [Fact]
    public void Score_WorkbookWithANumberStoredAsText_NamesTheSheetAndCellAndExitsInvalidInput()
    {
        var path = Path.Combine(folder, "filled.xlsx");
        Assert.Equal(ExitCodes.Success, Run([], "template", "--rules", Rules, "--format", "xlsx", "--input", Sample, "--lang", "zh", "--out", path).Exit);
        File.WriteAllBytes(path, WorkbookEditor.Edit(File.ReadAllBytes(path), e => e.Set("输入", "F10", "2679.48")));

        var run = Run([], "score", "--rules", Rules, "--input", path);

        Assert.Equal(ExitCodes.InvalidInput, run.Exit);
        Assert.Equal($"{path}:输入!F10: error PE0704: Input 'actual_spending': \"2679.48\" is a number stored as text; enter it as a number (in Excel: Convert to Number).", run.Stderr.TrimEnd());
    }

    [Fact]
    public void Score_WorkbookOnStandardInput_IsReadAsAWorkbook()
    {
        var path = Path.Combine(folder, "filled.xlsx");
        Assert.Equal(ExitCodes.Success, Run([], "template", "--rules", Rules, "--format", "xlsx", "--input", Sample, "--out", path).Exit);

        var run = Run(File.ReadAllBytes(path), "explain", "--rules", Rules, "--input", "-", "budget_execution_rate");

        Assert.True(run.Exit == ExitCodes.Success, run.Stderr);
        Assert.Contains("6.76", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_WorkbookInput_ScoresItUnderBothRuleSets()
    {
        var path = Path.Combine(folder, "filled.xlsx");
        Assert.Equal(ExitCodes.Success, Run([], "template", "--rules", Rules, "--format", "xlsx", "--input", Sample, "--out", path).Exit);

        var run = Run([], "diff", Rules, Repo.Rules("yangxi-2024.yaml"), "--input", path);

        Assert.True(run.Exit == ExitCodes.Success, run.Stderr);
        Assert.Contains("Total: 92.76 优 → 91.76 优", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_MissingWorkbook_ReportsPE0001()
    {
        var path = Path.Combine(folder, "missing.xlsx");

        var run = Run([], "score", "--rules", Rules, "--input", path);

        Assert.Equal(ExitCodes.IoError, run.Exit);
        Assert.StartsWith($"{path}: error PE0001: Cannot read the input workbook: ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_XlsxWithoutOut_IsAUsageError()
    {
        var run = Run([], "template", "--rules", Rules, "--format", "xlsx");

        Assert.Equal(ExitCodes.Usage, run.Exit);
        Assert.Contains("--format xlsx writes a workbook; name it with --out FILE.xlsx", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Bytes);
    }

    [Fact]
    public void Template_XlsxOutDashOnATerminal_IsAUsageErrorAndWritesNothing()
    {
        var run = Run([], new Terminal(stdoutIsTerminal: true, stderrIsTerminal: true), "template", "--rules", Rules, "--format", "xlsx", "--out", "-");

        Assert.Equal(ExitCodes.Usage, run.Exit);
        Assert.Contains("would write a binary workbook to the terminal", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Bytes);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void Template_XlsxOutDashIntoAPipe_WritesTheWorkbookToStandardOutput()
    {
        var run = Run([], "template", "--rules", Rules, "--format", "xlsx", "--out", "-");

        Assert.Equal(ExitCodes.Success, run.Exit);
        using var book = new WorkbookReader(run.Bytes);
        Assert.Equal(new[] { "Inputs", "Judgements" }, book.SheetNames);
    }

    [Fact]
    public void Template_JsonWithInput_IsAUsageError()
    {
        var run = Run([], "template", "--rules", Rules, "--input", Sample);

        Assert.Equal(ExitCodes.Usage, run.Exit);
        Assert.Contains("--input pre-fills a workbook", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_PrefillWithAnUndeclaredName_WarnsWhatIsLeftOut()
    {
        var input = Path.Combine(folder, "extra.json");
        File.WriteAllText(input, File.ReadAllText(Sample).Replace("\"initial_budget\":", "\"initial_budgt\": 1, \"initial_budget\":", StringComparison.Ordinal));

        var run = Run([], "template", "--rules", Rules, "--format", "xlsx", "--input", input, "--out", Path.Combine(folder, "t.xlsx"));

        Assert.Equal(ExitCodes.Success, run.Exit);
        Assert.Equal($"warning: {input}: left out of the workbook, as rule set 'yangxi-department-overall' 1.0.0 has no row for them: initial_budgt.", run.Stderr.TrimEnd());
    }

    private static (int Exit, string Stdout, string Stderr, byte[] Bytes) Run(byte[] stdin, params string[] args)
        => Run(stdin, Terminal.None, args);

    private static (int Exit, string Stdout, string Stderr, byte[] Bytes) Run(byte[] stdin, Terminal terminal, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var bytes = new MemoryStream();
        var exit = Commands.Invoke(args, stdout, stderr, terminal, new StandardStreams(() => new MemoryStream(stdin), () => bytes));
        return (exit, stdout.ToString(), stderr.ToString(), bytes.ToArray());
    }
}
