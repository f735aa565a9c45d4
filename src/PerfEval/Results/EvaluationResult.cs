using System.Collections.Generic;
using System.Linq;

namespace PerfEval.Results;

/// <summary>The outcome of scoring one input: a <see cref="Scorecard"/> or the errors that prevented it, never both.</summary>
public sealed class EvaluationResult
{
    internal EvaluationResult(Scorecard? scorecard, IReadOnlyList<Diagnostic> diagnostics)
    {
        Scorecard = scorecard;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the scorecard, or <see langword="null"/> when there were errors.</summary>
    public Scorecard? Scorecard { get; }

    /// <summary>Gets every diagnostic: errors (when scoring failed) and warnings.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Gets a value indicating whether scoring succeeded.</summary>
    public bool IsSuccess => Scorecard is not null;

    /// <summary>Gets the errors among <see cref="Diagnostics"/>.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Returns the scorecard, or throws when scoring failed.</summary>
    /// <returns>The scorecard.</returns>
    /// <exception cref="InputException">Scoring failed; the exception lists every error.</exception>
    public Scorecard GetScorecardOrThrow() => Scorecard ?? throw new InputException(Diagnostics);
}
