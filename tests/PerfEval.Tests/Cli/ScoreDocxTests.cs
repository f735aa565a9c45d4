using DocumentFormat.OpenXml.Packaging;
using PerfEval.Cli;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Cli;

/// <summary><c>perfeval score --format docx</c>: the 自评报告 into a file or a pipe, never onto a terminal; <c>report</c> in the language asked for.</summary>
public sealed class ScoreDocxTests : IDisposable
{
    private static readonly string Rules = Repo.Rules("yangxi-2023.yaml");
    private static readonly string Sample = Repo.Samples("yangxi-2023.json");
    private readonly string folder = Path.Combine(Path.GetTempPath(), "perfeval-docx-" + Guid.NewGuid().ToString("N"));

    public ScoreDocxTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Score_DocxOut_WritesTheReportWithTheInputsFigures()
    {
        var path = Path.Combine(folder, "自评报告.docx");

        var run = Run(Terminal.None, "score", "--rules", Rules, "--input", Sample, "--format", "docx", "--out", path, "--lang", "zh");

        Assert.True(run.Exit == ExitCodes.Success, run.Stderr);
        using var document = WordprocessingDocument.Open(path, false);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("自评分数92.76分，自评等级为优。", text, StringComparison.Ordinal);
        Assert.Contains("年初预算数483.15万元", text, StringComparison.Ordinal); // an input no indicator reads
    }

    [Fact]
    public void Score_DocxOutDashIntoAPipe_WritesTheDocumentToStandardOutput()
    {
        var run = Run(Terminal.None, "score", "--rules", Rules, "--input", Sample, "--format", "docx", "--out", "-", "--lang", "zh");

        Assert.True(run.Exit == ExitCodes.Success, run.Stderr);
        Assert.Empty(run.Stdout);
        using var document = WordprocessingDocument.Open(new MemoryStream(run.Bytes), false);
        Assert.Contains("一、部门基本情况", document.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Score_DocxWithoutAFileOrOntoATerminal_IsAUsageErrorAndWritesNothing(bool terminal)
    {
        var run = terminal
            ? Run(new Terminal(stdoutIsTerminal: true, stderrIsTerminal: true), "score", "--rules", Rules, "--input", Sample, "--format", "docx", "--out", "-")
            : Run(Terminal.None, "score", "--rules", Rules, "--input", Sample, "--format", "docx");

        Assert.Equal(ExitCodes.Usage, run.Exit);
        Assert.Contains(terminal ? "--format docx --out - would write a binary document to the terminal" : "--out FILE.docx", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Bytes);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void Score_ReportUnderEnglish_IsTheEnglishReport()
    {
        var run = Run(Terminal.None, "score", "--rules", Rules, "--input", Sample, "--format", "report", "--lang", "en");

        Assert.True(run.Exit == ExitCodes.Success, run.Stderr);
        Assert.Contains("\nI. Basic information\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("scores 92.76 points in its self-evaluation, grade 优 (excellent).", run.Stdout, StringComparison.Ordinal);
    }

    private static (int Exit, string Stdout, string Stderr, byte[] Bytes) Run(Terminal terminal, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var bytes = new MemoryStream();
        var exit = Commands.Invoke(args, stdout, stderr, terminal, new StandardStreams(() => new MemoryStream(), () => bytes));
        return (exit, stdout.ToString(), stderr.ToString(), bytes.ToArray());
    }
}
