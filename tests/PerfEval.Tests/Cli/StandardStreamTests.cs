using System.IO.Compression;
using System.Text;
using PerfEval.Cli;
using PerfEval.Inputs;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Cli;

/// <summary><c>--input -</c> and <c>--out -</c> are standard input and output for every command that takes them, not files named <c>-</c>.</summary>
public sealed class StandardStreamTests
{
    private static readonly string Rules = Repo.Rules("yangxi-2023.yaml");
    private static readonly string NextRules = Repo.Rules("yangxi-2024.yaml");
    private static readonly byte[] Sample = File.ReadAllBytes(Repo.Samples("yangxi-2023.json"));

    [Fact]
    public void Score_InputDash_ScoresStandardInput()
    {
        var run = Run(Sample, "score", "--rules", Rules, "--input", "-");

        Assert.True(run.Exit == ExitCodes.Success, run.Stderr);
        Assert.Contains("92.76", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("优", run.Stdout, StringComparison.Ordinal);
        Assert.False(File.Exists("-"));
    }

    [Fact]
    public void Score_InputDashWithBadJson_NamesStdinLineAndColumn()
    {
        var run = Run(Encoding.UTF8.GetBytes("{\n  \"values\": { \"x\": tru }\n}"), "score", "--rules", Rules, "--input", "-");

        Assert.Equal(ExitCodes.InvalidInput, run.Exit);
        Assert.Matches(@"^stdin:2:\d+: error PE\d{4}: ", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_InputDashLargerThanAnInputFile_IsRefusedWithPE0005()
    {
        var run = Run(new byte[JsonInputReader.MaxFileBytes + 1], "score", "--rules", Rules, "--input", "-");

        Assert.Equal(ExitCodes.InvalidInput, run.Exit);
        Assert.StartsWith($"stdin: error PE0005: Standard input holds more than {JsonInputReader.MaxFileBytes} bytes", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("csv")]
    [InlineData("markdown")]
    [InlineData("report")]
    public void Score_OutDash_WritesStandardOutputAsWithoutOut(string format)
    {
        var withoutOut = Run([], "score", "--rules", Rules, "--input", Repo.Samples("yangxi-2023.json"), "--format", format);

        var run = Run([], "score", "--rules", Rules, "--input", Repo.Samples("yangxi-2023.json"), "--format", format, "--out", "-");

        Assert.True(run.Exit == ExitCodes.Success, run.Stderr);
        Assert.NotEmpty(run.Stdout);
        Assert.Equal(withoutOut.Stdout, run.Stdout);
        Assert.False(File.Exists("-"));
    }

    [Fact]
    public void Score_XlsxOutDashIntoAPipe_WritesTheWorkbookToStandardOutput()
    {
        var run = Run([], "score", "--rules", Rules, "--input", Repo.Samples("yangxi-2023.json"), "--format", "xlsx", "--out", "-");

        Assert.True(run.Exit == ExitCodes.Success, run.Stderr);
        Assert.Empty(run.Stdout);
        using var zip = new ZipArchive(new MemoryStream(run.Bytes), ZipArchiveMode.Read);
        Assert.Contains(zip.Entries, e => e.FullName == "xl/workbook.xml");
        Assert.False(File.Exists("-"));
    }

    [Fact]
    public void Score_XlsxOutDashOnATerminal_IsAUsageErrorAndWritesNothing()
    {
        var run = Run([], new Terminal(stdoutIsTerminal: true, stderrIsTerminal: true), "score", "--rules", Rules, "--input", Repo.Samples("yangxi-2023.json"), "--format", "xlsx", "--out", "-");

        Assert.Equal(ExitCodes.Usage, run.Exit);
        Assert.Contains("--format xlsx --out - would write a binary workbook to the terminal", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Bytes);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void Explain_InputDash_ExplainsStandardInput()
    {
        var run = Run(Sample, "explain", "--rules", Rules, "--input", "-", "budget_execution_rate");

        Assert.True(run.Exit == ExitCodes.Success, run.Stderr);
        Assert.Contains("budget_execution_rate", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_InputDash_ScoresStandardInputUnderBoth()
    {
        var run = Run(Sample, "diff", Rules, NextRules, "--input", "-");

        Assert.True(run.Exit == ExitCodes.Success, run.Stderr);
        Assert.Contains("Total: 92.76", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_OutDash_WritesStandardOutput()
    {
        var withoutOut = Run([], "template", "--rules", Rules);

        var run = Run([], "template", "--rules", Rules, "--out", "-");

        Assert.True(run.Exit == ExitCodes.Success, run.Stderr);
        Assert.Equal(withoutOut.Stdout, run.Stdout);
        Assert.Contains("\"values\"", run.Stdout, StringComparison.Ordinal);
        Assert.False(File.Exists("-"));
    }

    [Fact]
    public void Schema_OutDash_WritesStandardOutput()
    {
        var run = Run([], "schema", "--out", "-");

        Assert.True(run.Exit == ExitCodes.Success, run.Stderr);
        Assert.Equal(Encoding.UTF8.GetString(SchemaCommand.Read()), run.Stdout);
        Assert.False(File.Exists("-"));
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
