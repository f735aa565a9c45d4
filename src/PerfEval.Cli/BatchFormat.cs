namespace PerfEval.Cli;

/// <summary>What <c>perfeval batch</c> writes (<c>--format</c>).</summary>
internal enum BatchFormat
{
    /// <summary>A CSV row per record.</summary>
    Csv,

    /// <summary>A scorecard per line.</summary>
    Jsonl,

    /// <summary>The bureau's summary workbook (全县汇总).</summary>
    Xlsx,
}
