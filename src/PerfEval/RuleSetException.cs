using System.Collections.Generic;
using System.Linq;
using PerfEval.Results;

namespace PerfEval;

/// <summary>Thrown by the opt-in throwing calls when a rule set cannot be loaded; carries every diagnostic found.</summary>
public sealed class RuleSetException : PerfEvalException
{
    /// <summary>Initializes a new instance from the diagnostics of a failed load.</summary>
    /// <param name="diagnostics">All diagnostics of the load, errors and warnings.</param>
    public RuleSetException(IReadOnlyList<Diagnostic> diagnostics)
        : base(DiagnosticText.Summarize("The rule set is invalid", diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Gets every diagnostic of the failed load, errors first in file order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Gets the errors among <see cref="Diagnostics"/>.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);
}
