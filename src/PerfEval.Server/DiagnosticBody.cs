using PerfEval.Results;

namespace PerfEval.Server;

/// <summary>One diagnostic as the service sends it: the library's <see cref="Diagnostic"/>, with its severity as a word.</summary>
internal sealed record DiagnosticBody(string Code, string Severity, string Message, string? File, int Line, int Column, string? Indicator)
{
    public static DiagnosticBody From(Diagnostic diagnostic)
        => new(diagnostic.Code, diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning", diagnostic.Message, diagnostic.File, diagnostic.Line, diagnostic.Column, diagnostic.IndicatorId);
}
