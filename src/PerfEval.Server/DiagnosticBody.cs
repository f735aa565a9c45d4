using PerfEval.Rendering;
using PerfEval.Results;

namespace PerfEval.Server;

/// <summary>One diagnostic as the service sends it: the library's <see cref="Diagnostic"/>, with its severity as a word and its message in the request's language.</summary>
internal sealed record DiagnosticBody(string Code, string Severity, string Message, string? File, int Line, int Column, string? Indicator)
{
    public static DiagnosticBody From(Diagnostic diagnostic, ReportLanguage language)
        => new(diagnostic.Code, diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning", diagnostic.GetMessage(language), diagnostic.File, diagnostic.Line, diagnostic.Column, diagnostic.IndicatorId);
}
