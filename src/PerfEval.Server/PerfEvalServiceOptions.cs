using System;
using PerfEval.Loading;

namespace PerfEval.Server;

/// <summary>What the scoring service serves and the limits it keeps to on every request.</summary>
public sealed class PerfEvalServiceOptions
{
    /// <summary>Gets the rule sets served. <value>Defaults to <see cref="RuleSetCatalog.Shipped"/>, the rule sets shipped with PerfEval.</value></summary>
    public RuleSetCatalog Catalog { get; init; } = RuleSetCatalog.Shipped;

    /// <summary>Gets the largest request body accepted, in bytes; a larger one gets a 413. <value>Defaults to 8 MiB.</value></summary>
    public long MaxBodyBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Gets the most records one JSON Lines request may hold; more get a 413. <value>Defaults to 1,000.</value></summary>
    public int MaxRecordsPerRequest { get; init; } = 1000;

    /// <summary>
    /// Gets the longest a request may take, from the handler's start, reading its body included; a slower one gets a 408.
    /// <value>Defaults to 30 seconds.</value>
    /// </summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets a value indicating whether the live page is served at the group's root. <value>Defaults to <see langword="true"/>.</value></summary>
    public bool ServePage { get; init; } = true;
}
