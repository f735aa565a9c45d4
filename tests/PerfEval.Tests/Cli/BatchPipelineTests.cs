using System.Diagnostics;
using System.Text;
using System.Text.Json;
using PerfEval.Cli;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Cli;

/// <summary>
/// <c>perfeval batch</c> in process: input order on many threads, standard input and output, limits per record and per
/// input, FIFOs, and what <c>--out</c> does with links, read-only files and missing folders.
/// </summary>
public sealed class BatchPipelineTests : IDisposable
{
    private static readonly string Rules = Repo.Rules("yangxi-2023.yaml");
    private readonly string folder = Path.Combine(Path.GetTempPath(), "perfeval-batch-" + Guid.NewGuid().ToString("N"));

    public BatchPipelineTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>The Yangxi sample as one-line JSON, with the spending varied per record so every total differs.</summary>
    public static IEnumerable<string> Departments(int count)
    {
        var text = string.Join("\n", File.ReadAllLines(Repo.Samples("yangxi-2023.json")).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        using var document = JsonDocument.Parse(text);
        var line = JsonSerializer.Serialize(document.RootElement, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        for (var i = 0; i < count; i++)
        {
            yield return line.Replace("\"actual_spending\":2679.48", $"\"actual_spending\":{2679.48m - (i * 0.5m)}", StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Batch_ThousandRecordsOnFourThreads_WritesTheSameBytesAsOneThreadInInputOrder()
    {
        var input = string.Join("\n", Departments(1000)) + "\n";

        var one = RunWithStreams(input, "--threads", "1");
        var four = RunWithStreams(input, "--threads", "4");

        Assert.Equal(ExitCodes.Success, four.Exit);
        Assert.Equal(one.Stdout, four.Stdout);
        var rows = four.Stdout.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1001, rows.Length);
        Assert.Equal(Enumerable.Range(1, 1000).Select(i => $"stdin:{i}"), rows.Skip(1).Select(r => r.Split(',')[0]));
        Assert.StartsWith("stdin:1,阳西县土地储备和城市更新事务中心,92.76,优,,", rows[1], StringComparison.Ordinal);
        Assert.True(rows.Skip(1).Select(r => r.Split(',')[2]).Distinct().Count() > 50, "the totals should differ from record to record");
        Assert.Contains("1000 records: 1000 scored, 0 with errors.", four.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_JsonLinesFromStandardInputAsJsonLines_MatchesTheFileRun()
    {
        var lines = Departments(5).ToList();
        var file = Path.Combine(folder, "units.jsonl");
        File.WriteAllLines(file, lines);
        var output = Path.Combine(folder, "scores.jsonl");

        Assert.Equal(ExitCodes.Success, Run("batch", "--rules", Rules, "--input", file, "--format", "jsonl", "--out", output).Exit);
        var piped = RunWithStreams(string.Join("\n", lines), "--format", "jsonl");

        Assert.Equal(ExitCodes.Success, piped.Exit);
        Assert.Equal(File.ReadAllText(output).Replace("units.jsonl:", "stdin:", StringComparison.Ordinal), piped.Stdout);
    }

    [Fact]
    public void Batch_CrlfBlankLinesAndNoLastNewline_ScoresEveryRecordWithItsLineNumber()
    {
        var lines = Departments(3).ToList();
        var input = lines[0] + "\r\n\r\n   \r\n" + lines[1] + "\r\n" + lines[2];

        var (exit, stdout, _) = RunWithStreams(input);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(new[] { "stdin:1", "stdin:4", "stdin:5" }, Rows(stdout).Select(r => r.Split(',')[0]));
    }

    [Fact]
    public void Batch_StandardInputStartingWithABracket_ReadsAnArray()
    {
        var records = Departments(3).ToList();

        var (exit, stdout, _) = RunWithStreams("\n  [" + string.Join(",\n", records) + "]\n");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(new[] { "stdin[0]", "stdin[1]", "stdin[2]" }, Rows(stdout).Select(r => r.Split(',')[0]));
    }

    [Fact]
    public void Batch_RecordOverItsLimit_IsAnErrorRowWithItsLineAndTheRunGoesOn()
    {
        var lines = Departments(4).ToList();
        lines[2] = "{ \"values\": {}, \"subject\": \"" + new string('x', 20_000) + "\" }";
        var file = Path.Combine(folder, "units.jsonl");
        File.WriteAllLines(file, lines);
        var output = Path.Combine(folder, "scores.csv");

        var (exit, _, stderr) = Run("batch", "--rules", Rules, "--input", file, "--out", output, "--max-record-bytes", "10000");

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("4 records: 3 scored, 1 with errors.", stderr, StringComparison.Ordinal);
        var rows = Rows(File.ReadAllText(output));
        Assert.Equal(new[] { "units.jsonl:1", "units.jsonl:2", "units.jsonl:3", "units.jsonl:4" }, rows.Select(r => r.Split(',')[0]));
        Assert.Contains($"units.jsonl:3: error PE0005: The record is {lines[2].Length} bytes; the limit is 10000 (--max-record-bytes).", rows[2], StringComparison.Ordinal);
        Assert.StartsWith("units.jsonl:4,", rows[3], StringComparison.Ordinal);
        Assert.DoesNotContain(",,,", rows[3][..20], StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_InputOverItsLimit_StopsWithPE0005AndLeavesThePreviousFile()
    {
        var file = Path.Combine(folder, "units.jsonl");
        File.WriteAllLines(file, Departments(20));
        var output = Path.Combine(folder, "scores.csv");
        File.WriteAllText(output, "previous");

        var (exit, _, stderr) = Run("batch", "--rules", Rules, "--input", file, "--out", output, "--max-input-bytes", "10000");

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains($"{file}: error PE0005: The input holds more than 10000 bytes, the limit (--max-input-bytes).", stderr, StringComparison.Ordinal);
        Assert.Equal("previous", File.ReadAllText(output));
        Assert.Equal(new[] { "scores.csv", "units.jsonl" }, Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Batch_DevZero_StopsAtTheInputLimitInFlatMemory()
    {
        var output = Path.Combine(folder, "scores.csv");
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var (exit, _, stderr) = Run("batch", "--rules", Rules, "--input", "/dev/zero", "--out", output, "--max-record-bytes", "1000000", "--max-input-bytes", "200000000");

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("/dev/zero: error PE0005: The input holds more than 200000000 bytes, the limit (--max-input-bytes).", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.True(GC.GetTotalMemory(forceFullCollection: true) - before < 50_000_000, "reading 200 MB without a newline must not hold it");
    }

    [Fact]
    public async Task Batch_NamedFifo_IsReadOnceAsAStream()
    {
        var fifo = MakeFifo("units");
        var lines = Departments(3).ToList();
        var writer = Task.Run(() => File.WriteAllLines(fifo, lines));
        var output = Path.Combine(folder, "scores.csv");

        var (exit, _, stderr) = Run("batch", "--rules", Rules, "--input", fifo, "--out", output);

        await writer.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(exit == ExitCodes.Success, stderr);
        Assert.Equal(new[] { "units:1", "units:2", "units:3" }, Rows(File.ReadAllText(output)).Select(r => r.Split(',')[0]));
    }

    [Fact]
    public async Task Batch_FolderHoldingAFifo_SkipsItWithAWarningWithoutOpeningIt()
    {
        var dir = Path.Combine(folder, "units");
        Directory.CreateDirectory(dir);
        var records = Departments(2).ToList();
        File.WriteAllText(Path.Combine(dir, "a.json"), records[0]);
        File.WriteAllText(Path.Combine(dir, "c.json"), records[1]);
        MakeFifo(Path.Combine("units", "b.json"));
        var output = Path.Combine(folder, "scores.csv");

        var run = Task.Run(() => Run("batch", "--rules", Rules, "--input", dir, "--out", output));

        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(finished == run, "a FIFO in the folder must not be opened: opening it waits for a writer");
        var (exit, _, stderr) = await run;
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("b.json: warning: not a regular file (a FIFO, socket or device); skipped, not opened.", stderr, StringComparison.Ordinal);
        Assert.Equal(new[] { "a.json", "c.json" }, Rows(File.ReadAllText(output)).Select(r => r.Split(',')[0]));
    }

    [Fact]
    public void Batch_OutThroughASymlink_ReplacesTheTargetAndKeepsTheLink()
    {
        var input = WriteInput(2);
        var target = Path.Combine(folder, "real.csv");
        File.WriteAllText(target, "previous");
        var link = Path.Combine(folder, "link.csv");
        File.CreateSymbolicLink(link, target);

        var (exit, _, _) = Run("batch", "--rules", Rules, "--input", input, "--out", link);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(target, new FileInfo(link).ResolveLinkTarget(returnFinalTarget: true)!.FullName);
        Assert.Equal(3, Rows(File.ReadAllText(target)).Length + 1);
        Assert.DoesNotContain(Directory.GetFiles(folder), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void Batch_OutReadOnlyFile_IsRefusedAndLeftAsItWas()
    {
        var input = WriteInput(2);
        var output = Path.Combine(folder, "scores.csv");
        File.WriteAllText(output, "previous");
        File.SetAttributes(output, FileAttributes.ReadOnly);

        var (exit, _, stderr) = Run("batch", "--rules", Rules, "--input", input, "--out", output);

        Assert.Equal(ExitCodes.IoError, exit);
        Assert.Contains($"{output}: the file is read-only; it is not replaced.", stderr, StringComparison.Ordinal);
        Assert.Equal("previous", File.ReadAllText(output));
    }

    [Fact]
    public void Batch_OutIntoAMissingFolder_NamesTheFolder()
    {
        var input = WriteInput(1);
        var missing = Path.Combine(folder, "nowhere");

        var (exit, _, stderr) = Run("batch", "--rules", Rules, "--input", input, "--out", Path.Combine(missing, "scores.csv"));

        Assert.Equal(ExitCodes.IoError, exit);
        Assert.Contains($"the folder {missing} does not exist", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(".tmp", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_OutDeviceFile_IsWrittenStraightTo()
    {
        var (exit, _, stderr) = Run("batch", "--rules", Rules, "--input", WriteInput(2), "--out", "/dev/null");

        Assert.True(exit == ExitCodes.Success, stderr);
        Assert.True(File.Exists("/dev/null"));
    }

    [Fact]
    public void Batch_PlaceholderJudgement_ErrorRowSaysWhereItIs()
    {
        var (exit, stdout, _) = RunWithStreams("""{ "values": {}, "judgements": { "institutional_management": { "score": null, "reason": "" } } }""");

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("stdin:1:1:61: warning PE0406: Judgement \"\"institutional_management\"\" is not filled in", stdout, StringComparison.Ordinal);
    }

    private string WriteInput(int count)
    {
        var input = Path.Combine(folder, "units.jsonl");
        File.WriteAllLines(input, Departments(count));
        return input;
    }

    private string MakeFifo(string name)
    {
        var path = Path.Combine(folder, name);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", path) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    private static string[] Rows(string csv) => csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();

    private static (int Exit, string Stdout, string Stderr) RunWithStreams(string input, params string[] more)
    {
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes(input));
        using var stdoutBytes = new MemoryStream();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var args = new[] { "batch", "--rules", Rules, "--input", "-", "--out", "-" }.Concat(more).ToArray();
        var exit = Commands.Invoke(args, stdout, stderr, streams: new StandardStreams(() => stdin, () => stdoutBytes));
        return (exit, Encoding.UTF8.GetString(stdoutBytes.ToArray()), stderr.ToString());
    }

    private static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = Commands.Invoke(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
