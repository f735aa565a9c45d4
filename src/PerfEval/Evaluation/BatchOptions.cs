using System;

namespace PerfEval.Evaluation;

/// <summary>How <see cref="CompiledRuleSet.EvaluateMany"/> spreads a stream of inputs over the cores.</summary>
public sealed class BatchOptions
{
    /// <summary>Gets the default options: every core, chunks of 1024 inputs per core.</summary>
    public static BatchOptions Default { get; } = new();

    /// <summary>Gets how many inputs are scored at once. <value>Defaults to <see cref="Environment.ProcessorCount"/>.</value></summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Gets how many inputs each core takes per chunk; memory in use is bounded by one chunk of inputs and results.
    /// <value>Defaults to 64: small enough that results die young, in the first GC generation, which keeps memory flat;
    /// large enough that starting and joining each chunk's parallel loop costs little beside scoring it (measured in
    /// benchmarks/README.md).</value>
    /// </summary>
    public int ChunkSizePerCore { get; init; } = 64;

    /// <summary>
    /// Gets what each evaluation builds besides the numbers.
    /// <value>Defaults to <see cref="EvaluationOptions.Default"/>: explanations too; <see cref="EvaluationOptions.NumbersOnly"/> for scores alone.</value>
    /// </summary>
    public EvaluationOptions Evaluation { get; init; } = EvaluationOptions.Default;

    internal int ChunkSize => Math.Max(1, MaxDegreeOfParallelism) * Math.Max(1, ChunkSizePerCore);
}
