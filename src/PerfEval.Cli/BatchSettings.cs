using PerfEval.Evaluation;
using PerfEval.Rendering;

namespace PerfEval.Cli;

/// <summary>How a batch runs: the rules, the output format and language, the workers and the limits.</summary>
internal sealed class BatchSettings
{
    /// <summary>The default of <c>--max-record-bytes</c>: the limit of a single input file, 16 MiB.</summary>
    public const long DefaultMaxRecordBytes = Inputs.JsonInputReader.MaxFileBytes;

    /// <summary>The default of <c>--max-input-bytes</c>: 64 GiB, about 20 million Yangxi departments.</summary>
    public const long DefaultMaxInputBytes = 64L * 1024 * 1024 * 1024;

    /// <summary>How many failed records the summary on standard error names; the rest are counted.</summary>
    public const int FailuresNamed = 5;

    public required CompiledRuleSet RuleSet { get; init; }

    public BatchFormat Format { get; init; } = BatchFormat.Csv;

    public bool Csv => Format == BatchFormat.Csv;

    /// <summary>Gets the language of the CSV header, the workbook and batch's own messages.</summary>
    public RenderOptions Options { get; init; } = RenderOptions.Default;

    public bool Chinese => Options.Language == ReportLanguage.Chinese;

    /// <summary>Gets a value indicating whether the summary workbook gets a 自评表 sheet per department (<c>--sheets</c>).</summary>
    public bool DepartmentSheets { get; init; }

    public int Threads { get; init; } = System.Environment.ProcessorCount;

    public long MaxRecordBytes { get; init; } = DefaultMaxRecordBytes;

    public long MaxInputBytes { get; init; } = DefaultMaxInputBytes;

    /// <summary>Gets what each evaluation builds: numbers only where no explanation is written (CSV, a summary without department sheets).</summary>
    public EvaluationOptions Evaluation => Format == BatchFormat.Jsonl || DepartmentSheets ? EvaluationOptions.Default : EvaluationOptions.NumbersOnly;
}
