using System.Collections.Generic;
using PerfEval.Results;

namespace PerfEval.Loading;

/// <summary>A rule file with its <c>extends</c> resolved, as YAML text; or the problems met.</summary>
public sealed class ResolveResult
{
    internal ResolveResult(string? yaml, IReadOnlyList<Diagnostic> diagnostics)
    {
        Yaml = yaml;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the resolved rule set as YAML, or <see langword="null"/> on errors.</summary>
    public string? Yaml { get; }

    /// <summary>Gets the diagnostics.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
