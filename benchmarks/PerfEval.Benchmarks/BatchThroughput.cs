using System;
using System.Collections.Generic;
using PerfEval.Evaluation;
using PerfEval.Inputs;
using PerfEval.Results;

namespace PerfEval.Benchmarks;

/// <summary>
/// Scoring a stream of departments with <see cref="CompiledRuleSet.EvaluateMany"/>, on one core and on two, consuming
/// each result without keeping it. The inputs cycle through a pool of 10,000 generated departments built in setup, so
/// the same inputs are held for every size and the allocation measured is the scoring's alone. One operation scores
/// the whole batch (up to seconds long), so run it with a short job (<c>--job short</c>); no job is fixed here, because
/// a job attribute would run in addition to the one given on the command line, not instead of it.
/// </summary>
public class BatchThroughput
{
    private const int PoolSize = 10_000;

    private BatchOptions singleThreaded = null!;
    private BatchOptions twoCores = null!;
    private YangxiInputs[] records = null!;
    private InputValues[] inputs = null!;
    private CompiledRuleSet rules = null!;

    /// <summary>Gets or sets how many departments are scored per operation.</summary>
    [Params(10_000, 100_000)]
    public int Count { get; set; }

    /// <summary>Gets or sets <see cref="BatchOptions.ChunkSizePerCore"/>: the default, 64, and the earlier default, 16.</summary>
    [Params(64, 16)]
    public int ChunkSizePerCore { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        rules = Data.Rules;
        singleThreaded = new BatchOptions { MaxDegreeOfParallelism = 1, ChunkSizePerCore = ChunkSizePerCore };
        twoCores = new BatchOptions { MaxDegreeOfParallelism = 2, ChunkSizePerCore = ChunkSizePerCore };
        var pool = Departments.Generate(PoolSize);
        records = new YangxiInputs[pool.Count];
        inputs = new InputValues[pool.Count];
        for (var i = 0; i < pool.Count; i++)
        {
            records[i] = pool[i].Record;
            inputs[i] = pool[i].Input;
        }

        // Every pooled department must score, and score as the floor does.
        var index = 0;
        foreach (var result in rules.EvaluateMany(inputs, twoCores))
        {
            Agreement.Check(pool[index].Name, YangxiByHand.Score(records[index]), result);
            index++;
        }
    }

    [Benchmark(Baseline = true, Description = "Hand-written C#, 1 thread")]
    public decimal HandWritten()
    {
        var sum = 0m;
        for (var i = 0; i < Count; i++)
        {
            sum += YangxiByHand.Score(records[i % records.Length]).Total;
        }

        return sum;
    }

    [Benchmark(Description = "PerfEval EvaluateMany, 1 thread")]
    public decimal PerfEvalSingleThreaded() => Consume(rules.EvaluateMany(Stream(), singleThreaded));

    [Benchmark(Description = "PerfEval EvaluateMany, 2 threads")]
    public decimal PerfEvalParallel() => Consume(rules.EvaluateMany(Stream(), twoCores));

    private static decimal Consume(IEnumerable<Results.Result<Scorecard>> results)
    {
        var sum = 0m;
        foreach (var result in results)
        {
            sum += result.Value?.Total ?? throw new InvalidOperationException("A department failed to score.");
        }

        return sum;
    }

    private IEnumerable<InputValues> Stream()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return inputs[i % inputs.Length];
        }
    }
}
