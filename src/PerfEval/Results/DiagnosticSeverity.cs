namespace PerfEval.Results;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Blocks loading or scoring.</summary>
    Error,

    /// <summary>Worth a look, but does not block: the result is still produced.</summary>
    Warning,
}
