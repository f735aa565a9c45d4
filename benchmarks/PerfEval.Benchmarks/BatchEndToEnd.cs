using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using PerfEval.Cli;
using PerfEval.Inputs;

namespace PerfEval.Benchmarks;

/// <summary>
/// <c>perfeval batch</c> end to end, through the code the command runs (<see cref="BatchPipeline"/> over
/// <see cref="BatchRecords"/>): a JSON Lines file of generated Yangxi departments in, CSV out to a file, on 1 and 2
/// threads. The baseline is the floor of that work: each line parsed with <see cref="JsonDocument"/>, its numbers read,
/// one CSV line written. On 2 threads the floor runs twice at once, each on its own half of the file, with nothing shared:
/// how far this machine lets two threads speed such work up. One operation is the whole file. Ten warm-up and ten
/// measured iterations whatever the job: with the short job's three, the 2-thread run is still being recompiled by the
/// tiered JIT.
/// </summary>
[WarmupCount(10)]
[IterationCount(10)]
public class BatchEndToEnd
{
    /// <summary>The departments per file; per-department figures are an operation's divided by this.</summary>
    public const int Departments = 10_000;

    private string input = null!;
    private string output = null!;
    private string[] halves = null!;
    private BatchSettings settings = null!;

    /// <summary>Gets or sets how many workers score at once (<c>--threads</c>).</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        input = Path.Combine(Path.GetTempPath(), $"perfeval-bench-{Environment.ProcessId}.jsonl");
        output = Path.Combine(Path.GetTempPath(), $"perfeval-bench-{Environment.ProcessId}.csv");
        var departments = Benchmarks.Departments.Generate(Departments);
        WriteJsonLines(input, departments);
        halves = new[] { input + ".1", input + ".2" };
        WriteJsonLines(halves[0], departments.GetRange(0, Departments / 2));
        WriteJsonLines(halves[1], departments.GetRange(Departments / 2, Departments - Departments / 2));
        settings = new BatchSettings { RuleSet = Data.Rules, Format = BatchFormat.Csv, Threads = Threads };

        // Every department must score; the floor must see every line.
        if (PerfEval() is var scored && scored != Departments || Floor() != Departments)
        {
            throw new InvalidOperationException($"Expected {Departments} scored rows, got {scored}.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        File.Delete(input);
        File.Delete(output);
        foreach (var half in halves)
        {
            File.Delete(half);
            File.Delete(half + ".csv");
        }
    }

    [Benchmark(Baseline = true, Description = "Floor: JsonDocument per line, numbers read, a CSV line written; on 2 threads each its own half")]
    public int Floor()
    {
        if (Threads == 1)
        {
            return Floor(input, output);
        }

        var both = Array.ConvertAll(halves, half => Task.Run(() => Floor(half, half + ".csv")));
        return Task.WhenAll(both).GetAwaiter().GetResult().Sum();
    }

    private static int Floor(string input, string output)
    {
        using var reader = new StreamReader(input, Encoding.UTF8, false, 1 << 16);
        using var writer = new StreamWriter(output, false, new UTF8Encoding(false), 1 << 16);
        var lines = 0;
        while (reader.ReadLine() is { } line)
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            writer.Write(root.GetProperty("subject").GetString());
            foreach (var value in root.GetProperty("values").EnumerateObject())
            {
                writer.Write(',');
                if (value.Value.ValueKind == JsonValueKind.Number)
                {
                    writer.Write(value.Value.GetDecimal());
                }
                else
                {
                    writer.Write(value.Value.ValueKind == JsonValueKind.True ? '1' : '0');
                }
            }

            foreach (var judgement in root.GetProperty("judgements").EnumerateObject())
            {
                writer.Write(',');
                writer.Write(judgement.Value.GetProperty("score").GetDecimal());
            }

            writer.Write("\r\n");
            lines++;
        }

        return lines;
    }

    [Benchmark(Description = "perfeval batch (BatchPipeline), JSON Lines in, CSV out")]
    public int PerfEval()
    {
        var pipeline = new BatchPipeline(settings);
        using (var stream = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        {
            pipeline.RunAsync(BatchRecords.FromPath(input, _ => { }), stream, null, CancellationToken.None).GetAwaiter().GetResult();
        }

        return pipeline.Counts.Scored;
    }

    /// <summary>Writes departments as PerfEval input, one JSON object per line.</summary>
    internal static void WriteJsonLines(string path, System.Collections.Generic.IEnumerable<Department> departments)
    {
        using var file = File.Create(path);
        using var json = new Utf8JsonWriter(file, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        foreach (var department in departments)
        {
            Benchmarks.Departments.WriteJson(json, department.Input);
            json.Flush();
            file.WriteByte((byte)'\n');
            json.Reset();
        }
    }
}
