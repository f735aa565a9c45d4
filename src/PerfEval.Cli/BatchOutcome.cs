using System.Collections.Generic;
using PerfEval.Results;

namespace PerfEval.Cli;

/// <summary>
/// One record's result as the writer needs it beyond the row's bytes: its scorecard for the summary workbook, or its
/// errors for the workbook's 错误 sheet and the failures named on standard error.
/// </summary>
internal readonly record struct BatchOutcome(string Record, string? Subject, Scorecard? Card, IReadOnlyList<Diagnostic>? Errors);
