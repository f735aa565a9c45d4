using System.Diagnostics;
using System.Text;
using PerfEval.Cli;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Cli;

/// <summary>
/// <c>perfeval batch</c> as a process on a pipe that is kept open: rows come out before the input ends, and Ctrl-C or
/// SIGTERM stops it with the signal's exit code, the previous output file untouched and no temporary file left.
/// </summary>
public sealed class BatchProcessTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private static readonly string Rules = Repo.Rules("yangxi-2023.yaml");
    private readonly string folder = Path.Combine(Path.GetTempPath(), "perfeval-batchp-" + Guid.NewGuid().ToString("N"));

    public BatchProcessTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Batch_StandardInputKeptOpen_WritesRowsBeforeTheInputEnds()
    {
        using var process = Start("batch", "--rules", Rules, "--input", "-", "--format", "csv", "--out", "-");
        var stderr = process.StandardError.ReadToEndAsync();
        foreach (var line in BatchPipelineTests.Departments(3))
        {
            await process.StandardInput.WriteLineAsync(line);
        }

        await process.StandardInput.FlushAsync();
        var rows = new List<string>();
        while (rows.Count < 4)
        {
            rows.Add(await process.StandardOutput.ReadLineAsync().WaitAsync(Patience) ?? throw new InvalidOperationException("standard output ended early"));
        }

        Assert.False(process.HasExited, "the rows must come out while the input is still open");
        Assert.Equal(new[] { "stdin:1", "stdin:2", "stdin:3" }, rows.Skip(1).Select(r => r.Split(',')[0]));

        process.StandardInput.Close();
        await process.WaitForExitAsync().WaitAsync(Patience);
        Assert.Equal(ExitCodes.Success, process.ExitCode);
        Assert.Contains("3 records: 3 scored, 0 with errors.", await stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_DevStdin_IsReadOnceAsAStream()
    {
        var output = Path.Combine(folder, "scores.csv");
        using var process = Start("batch", "--rules", Rules, "--input", "/dev/stdin", "--out", output);
        var stderr = process.StandardError.ReadToEndAsync();
        foreach (var line in BatchPipelineTests.Departments(2))
        {
            await process.StandardInput.WriteLineAsync(line);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync().WaitAsync(Patience);

        Assert.True(process.ExitCode == ExitCodes.Success, await stderr);
        Assert.Equal(3, File.ReadAllText(output).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData("INT", ExitCodes.Interrupted)]
    [InlineData("TERM", ExitCodes.Terminated)]
    public async Task Batch_Signal_ExitsWithItsCodeAndLeavesThePreviousFileAndNoTemporaryFile(string signal, int expected)
    {
        var output = Path.Combine(folder, "scores.csv");
        File.WriteAllText(output, "previous");
        var lines = BatchPipelineTests.Departments(2).ToList();
        using var process = Start("batch", "--rules", Rules, "--input", "-", "--out", output);
        var stderr = process.StandardError.ReadToEndAsync();
        foreach (var line in lines)
        {
            await process.StandardInput.WriteLineAsync(line);
        }

        await process.StandardInput.FlushAsync();

        // Both rows are in the temporary file (flushed after each batch) before the signal is sent.
        var size = ExpectedCsvBytes(lines);
        var watch = Stopwatch.StartNew();
        while (Temporaries().Sum(f => new FileInfo(f).Length) < size)
        {
            Assert.True(watch.Elapsed < Patience, "the two rows were not written in time");
            Assert.False(process.HasExited, "batch ended before the input did");
            await Task.Delay(50);
        }

        using (var kill = Process.Start("kill", ["-s", signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await process.WaitForExitAsync().WaitAsync(Patience);
        Assert.Equal(expected, process.ExitCode);
        Assert.Contains($"Interrupted: 2 records: 2 scored, 0 with errors written; {output} is left as it was.", await stderr, StringComparison.Ordinal);
        Assert.Equal("previous", File.ReadAllText(output));
        Assert.Empty(Temporaries());
    }

    private static long ExpectedCsvBytes(IEnumerable<string> lines)
    {
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));
        using var stdout = new MemoryStream();
        var exit = Commands.Invoke(["batch", "--rules", Rules, "--input", "-", "--out", "-"], TextWriter.Null, TextWriter.Null, streams: new StandardStreams(() => stdin, () => stdout));
        Assert.Equal(ExitCodes.Success, exit);
        return stdout.Length;
    }

    private string[] Temporaries() => Directory.GetFiles(folder, ".*.tmp");

    /// <summary>
    /// Starts the CLI built beside the tests, or the program that <c>PERFEVAL_CLI</c> names: a published build, such as
    /// the Native AOT one (<c>PERFEVAL_CLI=/path/to/PerfEval.Cli dotnet test --filter BatchProcessTests</c>).
    /// </summary>
    private static Process Start(params string[] args)
    {
        var cli = Environment.GetEnvironmentVariable("PERFEVAL_CLI") is { Length: > 0 } published
            ? published
            : Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "PerfEval.Cli.exe" : "PerfEval.Cli");
        var info = new ProcessStartInfo(cli)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info)!;
    }
}
