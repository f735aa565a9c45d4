using System;
using System.Collections.Generic;
using System.Linq;

namespace PerfEval.Results;

/// <summary>
/// The outcome of a stage that can fail on its content (loading a rule set, reading or binding an input, scoring): the
/// value, or every problem found; warnings either way. Throwing is opt-in, through <see cref="GetValueOrThrow"/>.
/// </summary>
/// <typeparam name="T">What the stage makes.</typeparam>
public sealed class Result<T>
    where T : class
{
    private readonly Func<IReadOnlyList<Diagnostic>, PerfEvalException> failure;

    internal Result(T? value, IReadOnlyList<Diagnostic> diagnostics, Func<IReadOnlyList<Diagnostic>, PerfEvalException> failure)
    {
        Value = value;
        Diagnostics = diagnostics;
        this.failure = failure;
    }

    /// <summary>A rule set's outcome: failing, it throws a <see cref="RuleSetException"/>.</summary>
    internal static Result<T> OfRules(T? value, IReadOnlyList<Diagnostic> diagnostics) => new(value, diagnostics, d => new RuleSetException(d));

    /// <summary>An input's outcome (read, bound or scored): failing, it throws an <see cref="InputException"/>.</summary>
    internal static Result<T> OfInput(T? value, IReadOnlyList<Diagnostic> diagnostics) => new(value, diagnostics, d => new InputException(d));

    /// <summary>Gets the value, or <see langword="null"/> when there were errors.</summary>
    public T? Value { get; }

    /// <summary>Gets every diagnostic, errors first, each with file, line, column and indicator id where known.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Gets a value indicating whether the stage succeeded.</summary>
    public bool IsSuccess => Value is not null;

    /// <summary>Gets the errors among <see cref="Diagnostics"/>.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Gets the warnings among <see cref="Diagnostics"/>.</summary>
    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning);

    /// <summary>Returns the value, or throws when the stage failed.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="PerfEvalException">The stage failed: a <see cref="RuleSetException"/> for a rule set, an
    /// <see cref="InputException"/> for an input; the exception lists every diagnostic.</exception>
    public T GetValueOrThrow() => Value ?? throw failure(Diagnostics);
}
