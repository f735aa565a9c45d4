using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using PerfEval.Cli;
using PerfEval.Evaluation;
using PerfEval.Inputs;
using PerfEval.Rendering;
using PerfEval.Results;

namespace PerfEval.Benchmarks;

/// <summary>
/// Measures, outside BenchmarkDotNet: (0) the bytes one department of <c>perfeval batch</c> allocates, stage by stage;
/// (1) the retained size of what one evaluation returns — the live bytes a kept
/// result holds after a full collection, shared rule-set strings excluded — against the bytes the evaluation allocated;
/// (2) the managed heap while <see cref="CompiledRuleSet.EvaluateMany"/> streams 10k, 100k and 1M departments.
/// </summary>
public static class MemoryProbe
{
    private const int Kept = 10_000;

    public static void Run(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var rules = Data.Rules;
        BatchStages(output, rules);
        output.WriteLine();
        output.WriteLine("## Retained size of one result vs bytes allocated per evaluation");
        output.WriteLine();
        output.WriteLine("| Shape | Scorer | Allocated per evaluation (B) | Retained per result (B) | Allocated / retained |");
        output.WriteLine("|---|---|---:|---:|---:|");
        foreach (var shape in new[] { Data.Report, Data.FundAssessed, Data.FundNotAssessed })
        {
            var department = Data.Shape(shape);
            Row(output, shape, "Hand-written C# (YangxiScores)", () => YangxiByHand.Score(department.Record));
            Row(output, shape, "PerfEval, numbers only (Result<Scorecard> + Scorecard)", () => rules.Evaluate(department.Input, EvaluationOptions.NumbersOnly));
            Row(output, shape, "PerfEval, with explanations, then read in full", () =>
            {
                var result = rules.Evaluate(department.Input);
                ScoreOneDepartment.ReadInFull(result);
                return result;
            });
        }

        output.WriteLine();
        output.WriteLine("## Managed heap while EvaluateMany streams, with explanations (inputs cycle through a pool of 10,000)");
        output.WriteLine();
        output.WriteLine("| Departments | MaxDegreeOfParallelism | ChunkSizePerCore | Time (s) | GC pauses (s) | Allocated per department (B) | Peak heap above baseline (MB) | Gen0 / Gen1 / Gen2 collections |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        var pool = Departments.Generate(10_000);
        var inputs = new InputValues[pool.Count];
        for (var i = 0; i < pool.Count; i++)
        {
            inputs[i] = pool[i].Input;
        }

        foreach (var chunk in new[] { 64, 16, 1024 })
        {
            foreach (var count in new[] { 10_000, 100_000, 1_000_000 })
            {
                foreach (var parallelism in new[] { 1, 2 })
                {
                    Stream(output, rules, inputs, count, parallelism, chunk);
                }
            }
        }
    }

    /// <summary>
    /// The bytes one department of <c>perfeval batch</c> (JSON Lines in, CSV out) allocates in each stage, on one thread:
    /// the record read into slots, scored without explanations, its row written; then the whole pipeline over a file.
    /// </summary>
    public static void BatchStages(TextWriter output, CompiledRuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(output);
        const int count = 10_000;
        var lines = new ReadOnlyMemory<byte>[count];
        var departments = Departments.Generate(count);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            for (var i = 0; i < count; i++)
            {
                var start = buffer.WrittenCount;
                json.Reset(buffer);
                Departments.WriteJson(json, departments[i].Input);
                json.Flush();
                lines[i] = buffer.WrittenMemory.Slice(start).ToArray();
            }
        }

        var settings = new BatchSettings { RuleSet = rules, Format = BatchFormat.Csv, Threads = 1 };
        var row = new ArrayBufferWriter<byte>(1 << 16);
        long read = 0, scored = 0, written = 0;
        for (var round = 0; round < 2; round++)
        {
            read = scored = written = 0;
            for (var i = 0; i < count; i++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var input = JsonInputReader.Read(lines[i], rules, "line", settings.Evaluation).Value!;
                var afterRead = GC.GetAllocatedBytesForCurrentThread();
                var evaluation = rules.EvaluateOwned(input, settings.Evaluation);
                var afterScore = GC.GetAllocatedBytesForCurrentThread();
                row.ResetWrittenCount();
                CsvRenderer.WriteBatchRow(row, rules, "line 1".AsSpan(), evaluation);
                var afterWrite = GC.GetAllocatedBytesForCurrentThread();
                read += afterRead - before;
                scored += afterScore - afterRead;
                written += afterWrite - afterScore;
            }
        }

        var file = Path.Combine(Path.GetTempPath(), $"perfeval-probe-{Environment.ProcessId}.jsonl");
        var csv = file + ".csv";
        BatchEndToEnd.WriteJsonLines(file, departments);
        long whole = 0;
        try
        {
            for (var round = 0; round < 3; round++)
            {
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var pipeline = new BatchPipeline(settings);
                using (var stream = new FileStream(csv, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
                {
                    pipeline.RunAsync(BatchRecords.FromPath(file, _ => { }), stream, null, CancellationToken.None).GetAwaiter().GetResult();
                }

                whole = GC.GetTotalAllocatedBytes(precise: true) - before;
            }
        }
        finally
        {
            File.Delete(file);
            File.Delete(csv);
        }

        output.WriteLine("## Bytes allocated per department in perfeval batch (JSON Lines in, CSV out), stage by stage");
        output.WriteLine();
        output.WriteLine("| Stage | Allocated per department (B) |");
        output.WriteLine("|---|---:|");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| Read into slots (`JsonInputReader.Read` with the rule set) | {read / (double)count:N0} |"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| Scored, numbers only | {scored / (double)count:N0} |"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| CSV row written | {written / (double)count:N0} |"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| The whole pipeline over a file of {count:N0}, 1 thread | {whole / (double)count:N0} |"));
    }

    private static void Row(TextWriter output, string shape, string scorer, Func<object> score)
    {
        for (var i = 0; i < 100; i++)
        {
            score(); // warm up: JIT, lazy caches
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            score();
        }

        var allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / 1_000d;

        var kept = new object[Kept];
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        for (var i = 0; i < Kept; i++)
        {
            kept[i] = score();
        }

        var retained = (GC.GetTotalMemory(forceFullCollection: true) - baseline) / (double)Kept;
        GC.KeepAlive(kept);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {shape} | {scorer} | {allocated:N0} | {retained:N0} | {allocated / retained:N2} |"));
    }

    private static void Stream(TextWriter output, CompiledRuleSet rules, InputValues[] pool, int count, int parallelism, int chunk)
    {
        IEnumerable<InputValues> Inputs()
        {
            for (var i = 0; i < count; i++)
            {
                yield return pool[i % pool.Length];
            }
        }

        var options = new BatchOptions { MaxDegreeOfParallelism = parallelism, ChunkSizePerCore = chunk };
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var gen0 = GC.CollectionCount(0);
        var gen1 = GC.CollectionCount(1);
        var gen2 = GC.CollectionCount(2);
        var paused = GC.GetTotalPauseDuration();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var peak = 0L;
        var seen = 0;
        var clock = Stopwatch.StartNew();
        foreach (var result in rules.EvaluateMany(Inputs(), options))
        {
            if (!result.IsSuccess)
            {
                throw new InvalidOperationException("A department failed to score.");
            }

            if (++seen % 256 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
            }
        }

        clock.Stop();
        var perDepartment = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)count;
        var pauses = (GC.GetTotalPauseDuration() - paused).TotalSeconds;
        var collections = $"{GC.CollectionCount(0) - gen0} / {GC.CollectionCount(1) - gen1} / {GC.CollectionCount(2) - gen2}";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {count:N0} | {parallelism} | {chunk} | {clock.Elapsed.TotalSeconds:N2} | {pauses:N2} | {perDepartment:N0} | {(peak - baseline) / 1048576d:N1} | {collections} |"));
    }
}
