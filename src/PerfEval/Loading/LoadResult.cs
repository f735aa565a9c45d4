using System.Collections.Generic;
using System.Linq;
using PerfEval.Evaluation;
using PerfEval.Results;

namespace PerfEval.Loading;

/// <summary>The outcome of loading a rule set: the compiled rule set, or every problem found, with warnings either way.</summary>
public sealed class LoadResult
{
    internal LoadResult(CompiledRuleSet? ruleSet, IReadOnlyList<Diagnostic> diagnostics)
    {
        RuleSet = ruleSet;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the compiled rule set, or <see langword="null"/> when there were errors.</summary>
    public CompiledRuleSet? RuleSet { get; }

    /// <summary>Gets every diagnostic, errors first, each with file, line, column and indicator id.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Gets a value indicating whether the rule set loaded.</summary>
    public bool IsSuccess => RuleSet is not null;

    /// <summary>Gets the errors among <see cref="Diagnostics"/>.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Returns the compiled rule set, or throws when loading failed.</summary>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleSetException">Loading failed; the exception lists every diagnostic.</exception>
    public CompiledRuleSet GetRuleSetOrThrow() => RuleSet ?? throw new RuleSetException(Diagnostics);
}
