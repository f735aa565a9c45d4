using PerfEval.Evaluation;

namespace PerfEval.Cli;

/// <summary>How a batch runs: the rules, the output format, the workers and the limits.</summary>
internal sealed class BatchSettings
{
    /// <summary>The default of <c>--max-record-bytes</c>: the limit of a single input file, 16 MiB.</summary>
    public const long DefaultMaxRecordBytes = Inputs.JsonInputReader.MaxFileBytes;

    /// <summary>The default of <c>--max-input-bytes</c>: 64 GiB, about 20 million Yangxi departments.</summary>
    public const long DefaultMaxInputBytes = 64L * 1024 * 1024 * 1024;

    public required CompiledRuleSet RuleSet { get; init; }

    public bool Csv { get; init; } = true;

    public int Threads { get; init; } = System.Environment.ProcessorCount;

    public long MaxRecordBytes { get; init; } = DefaultMaxRecordBytes;

    public long MaxInputBytes { get; init; } = DefaultMaxInputBytes;
}
