using System.Collections.Generic;
using System.Linq;
using PerfEval.Results;

namespace PerfEval;

/// <summary>Thrown by the opt-in throwing calls when an input cannot be scored; carries every diagnostic found.</summary>
public sealed class InputException : PerfEvalException
{
    /// <summary>Initializes a new instance from the diagnostics of a failed evaluation or input read.</summary>
    /// <param name="diagnostics">All diagnostics, errors and warnings.</param>
    public InputException(IReadOnlyList<Diagnostic> diagnostics)
        : base(DiagnosticText.Summarize("The input cannot be scored", diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Gets every diagnostic of the failed evaluation.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Gets the errors among <see cref="Diagnostics"/>.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);
}
