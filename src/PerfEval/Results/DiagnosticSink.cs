using System.Collections.Generic;
using System.Linq;
using PerfEval.Rules;

namespace PerfEval.Results;

/// <summary>Collects diagnostics for one file or input, so that every problem is reported in one pass.</summary>
internal sealed class DiagnosticSink
{
    // Made with the first diagnostic: most inputs read and scored have none.
    private List<Diagnostic>? items;

    public DiagnosticSink(string? file)
    {
        File = file;
    }

    public string? File { get; }

    public bool HasErrors { get; private set; }

    public IReadOnlyList<Diagnostic> Items => (IReadOnlyList<Diagnostic>?)items ?? System.Array.Empty<Diagnostic>();

    // Old-style entry points: a message given as an English string, the same in every language. Kept only so that code
    // written before the catalogue compiles; ConventionTests fails on any use in src. Move such a site to Messages.
    public void Error(string code, string message, int line = 0, int column = 0, string? indicatorId = null)
        => Add(new Diagnostic(code, DiagnosticSeverity.Error, message, File, line, column, indicatorId));

    public void Error(string code, string message, SourcePosition? at, string? indicatorId = null)
        => Add(new Diagnostic(code, DiagnosticSeverity.Error, message, at?.File ?? File, at?.Line ?? 0, at?.Column ?? 0, indicatorId));

    public void Warning(string code, string message, int line = 0, int column = 0, string? indicatorId = null)
        => Add(new Diagnostic(code, DiagnosticSeverity.Warning, message, File, line, column, indicatorId));

    public void Warning(string code, string message, SourcePosition? at, string? indicatorId = null)
        => Add(new Diagnostic(code, DiagnosticSeverity.Warning, message, at?.File ?? File, at?.Line ?? 0, at?.Column ?? 0, indicatorId));

    public void Error(string code, DiagnosticMessage message, int line = 0, int column = 0, string? indicatorId = null)
        => Add(new Diagnostic(code, DiagnosticSeverity.Error, message, File, line, column, indicatorId));

    public void Error(string code, DiagnosticMessage message, SourcePosition? at, string? indicatorId = null)
        => Add(new Diagnostic(code, DiagnosticSeverity.Error, message, at?.File ?? File, at?.Line ?? 0, at?.Column ?? 0, indicatorId));

    public void Warning(string code, DiagnosticMessage message, int line = 0, int column = 0, string? indicatorId = null)
        => Add(new Diagnostic(code, DiagnosticSeverity.Warning, message, File, line, column, indicatorId));

    public void Warning(string code, DiagnosticMessage message, SourcePosition? at, string? indicatorId = null)
        => Add(new Diagnostic(code, DiagnosticSeverity.Warning, message, at?.File ?? File, at?.Line ?? 0, at?.Column ?? 0, indicatorId));

    /// <summary>An error at a project row: at its sheet and cell when read from a workbook, else at its line and column.</summary>
    public void Error(string code, DiagnosticMessage message, Inputs.InputRow row, string? indicatorId = null) => Add(At(code, DiagnosticSeverity.Error, message, row, indicatorId));

    /// <summary>A warning at a project row, placed as <see cref="Error(string, DiagnosticMessage, Inputs.InputRow, string?)"/> places an error.</summary>
    public void Warning(string code, DiagnosticMessage message, Inputs.InputRow row, string? indicatorId = null) => Add(At(code, DiagnosticSeverity.Warning, message, row, indicatorId));

    public void Add(Diagnostic diagnostic)
    {
        (items ??= new()).Add(diagnostic);
        HasErrors |= diagnostic.Severity == DiagnosticSeverity.Error;
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    /// <summary>Returns the diagnostics errors first, then by position, so output is stable.</summary>
    public IReadOnlyList<Diagnostic> Sorted() => items switch
    {
        null => System.Array.Empty<Diagnostic>(),
        [var only] => new[] { only },
        _ => SortedMany(items),
    };

    private static IReadOnlyList<Diagnostic> SortedMany(List<Diagnostic> items) => items
        .Select((d, i) => (d, i))
        .OrderBy(p => p.d.Severity)
        .ThenBy(p => p.d.File, System.StringComparer.Ordinal)
        .ThenBy(p => p.d.Line)
        .ThenBy(p => p.d.Column)
        .ThenBy(p => p.i)
        .Select(p => p.d)
        .ToList();

    private Diagnostic At(string code, DiagnosticSeverity severity, DiagnosticMessage message, Inputs.InputRow row, string? indicatorId) => row.Sheet is { } sheet
        ? new Diagnostic(code, severity, message, File, sheet, row.Cell, indicatorId)
        : new Diagnostic(code, severity, message, File, row.Line, row.Column, indicatorId);
}
