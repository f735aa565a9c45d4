using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using PerfEval.Evaluation;
using PerfEval.Loading;
using PerfEval.Results;

namespace PerfEval.Server;

/// <summary>
/// The rule sets of the catalogue, each compiled once, on first use, and then shared by every request (a compiled rule
/// set is immutable and thread-safe). Only ids the catalogue has are cached, so unknown names cannot fill memory.
/// </summary>
internal sealed class RuleSetProvider
{
    private readonly RuleSetCatalog catalog;
    private readonly ConcurrentDictionary<RuleSetEntry, Lazy<Result<CompiledRuleSet>>> compiled = new();
    private int compilations;

    public RuleSetProvider(RuleSetCatalog catalog)
    {
        this.catalog = catalog;
        Summaries = catalog.Entries.Select(e => new RuleSetSummary(e.Id, e.Version, e.Title, e.Jurisdiction, e.FiscalYear)).ToList();
    }

    /// <summary>Gets every rule set of the catalogue, ordered by id and version.</summary>
    public IReadOnlyList<RuleSetSummary> Summaries { get; }

    /// <summary>Gets how many times a rule set was compiled: once per rule set used, however many requests.</summary>
    public int Compilations => Volatile.Read(ref compilations);

    /// <summary>The compiled rule set, or why there is none: not in the catalogue (<c>found</c> false) or not loadable.</summary>
    public Result<CompiledRuleSet> Get(string id, string version, out bool found)
    {
        var entry = catalog.Find(id, version);
        found = entry is not null;
        if (entry is null)
        {
            return catalog.Load(id, version);
        }

        return compiled.GetOrAdd(entry, e => new Lazy<Result<CompiledRuleSet>>(() => Compile(e), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    private Result<CompiledRuleSet> Compile(RuleSetEntry entry)
    {
        Interlocked.Increment(ref compilations);
        return catalog.Load(entry);
    }
}
