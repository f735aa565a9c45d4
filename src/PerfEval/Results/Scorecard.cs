using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace PerfEval.Results;

/// <summary>
/// The scored breakdown of one input under one rule set: total, grade, every indicator with how it was scored,
/// the derived metrics, every weight move, and warnings. Immutable: scoring computes every number (total, grade, each
/// indicator's score and effective weight) and reports every error; the indicator objects, their explanations, the
/// metric list and the check warnings' messages are written from the evaluation's values when first read, once.
/// </summary>
/// <threadsafety>Safe to read from many threads at once; the first read of <see cref="Indicators"/> or
/// <see cref="Metrics"/> builds both, under a lock, and every reader sees the same objects.</threadsafety>
public sealed class Scorecard
{
    private readonly IScorecardSource details;
    private IReadOnlyList<IndicatorScore>? indicators;
    private IReadOnlyList<NamedValue>? metrics;
    private IReadOnlyList<IndicatorScore>? all;
    private Dictionary<string, IndicatorScore>? byId;

    internal Scorecard(
        string ruleSetId,
        string ruleSetVersion,
        string ruleSetTitle,
        string? subject,
        decimal totalPoints,
        int decimals,
        decimal total,
        Grade grade,
        IScorecardSource details,
        IReadOnlyList<WeightMove> weightMoves,
        IReadOnlyList<Diagnostic> warnings)
    {
        RuleSetId = ruleSetId;
        RuleSetVersion = ruleSetVersion;
        RuleSetTitle = ruleSetTitle;
        Subject = subject;
        TotalPoints = totalPoints;
        Decimals = decimals;
        Total = total;
        Grade = grade;
        this.details = details;
        WeightMoves = weightMoves;
        Warnings = warnings;
    }

    /// <summary>Gets the rule set's id.</summary>
    public string RuleSetId { get; }

    /// <summary>Gets the rule set's version.</summary>
    public string RuleSetVersion { get; }

    /// <summary>Gets the rule set's title.</summary>
    public string RuleSetTitle { get; }

    /// <summary>Gets the unit evaluated (e.g. 阳西县土地储备和城市更新事务中心), or <see langword="null"/>.</summary>
    public string? Subject { get; }

    /// <summary>Gets the rule set's total points (usually 100).</summary>
    public decimal TotalPoints { get; }

    /// <summary>Gets the number of decimals every score is rounded to.</summary>
    public int Decimals { get; }

    /// <summary>Gets the total score: the sum of the rounded scores.</summary>
    public decimal Total { get; }

    /// <summary>Gets the grade.</summary>
    public Grade Grade { get; }

    /// <summary>Gets the top-level indicators, each with its children.</summary>
    public IReadOnlyList<IndicatorScore> Indicators => Volatile.Read(ref indicators) ?? BuildDetails().Indicators;

    /// <summary>Gets every indicator, groups and leaves, in tree order.</summary>
    public IReadOnlyList<IndicatorScore> AllIndicators => all ?? Interlocked.CompareExchange(ref all, Flatten(), null) ?? all!;

    /// <summary>Gets the derived metrics with their values.</summary>
    public IReadOnlyList<NamedValue> Metrics => Volatile.Read(ref indicators) is null ? BuildDetails().Metrics : metrics!;

    /// <summary>Gets every weight move made by a fallback.</summary>
    public IReadOnlyList<WeightMove> WeightMoves { get; }

    /// <summary>Gets the warnings: inconsistent figures that did not block scoring.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; }

    /// <summary>Gets an indicator by id.</summary>
    /// <param name="id">The indicator's id.</param>
    /// <returns>The indicator.</returns>
    /// <exception cref="KeyNotFoundException">No indicator has that id.</exception>
    public IndicatorScore this[string id] => ById.TryGetValue(id, out var score)
        ? score
        : throw new KeyNotFoundException($"No indicator '{id}' in rule set '{RuleSetId}'.");

    /// <summary>Looks an indicator up by id.</summary>
    /// <param name="id">The indicator's id.</param>
    /// <param name="score">The indicator, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetIndicator(string id, out IndicatorScore score) => ById.TryGetValue(id, out score!);

    // Built on first use, as most scorecards are rendered or summed and never looked into by id. A race builds twice
    // and keeps one: both are the same.
    private Dictionary<string, IndicatorScore> ById => byId ?? Interlocked.CompareExchange(ref byId, Index(AllIndicators), null) ?? byId!;

    // The indicator tree and the metrics are built together, once, on first read: scoring computes every number, and most
    // scorecards in a batch are summed or written out and dropped. Building reads (and may complete) the evaluation's
    // values, so it happens under a lock; after it the scorecard only reads.
    private (IReadOnlyList<IndicatorScore> Indicators, IReadOnlyList<NamedValue> Metrics) BuildDetails()
    {
        lock (details)
        {
            if (indicators is null)
            {
                var (built, values) = details.Build();
                metrics = values;
                Volatile.Write(ref indicators, built);
            }

            return (indicators!, metrics!);
        }
    }

    private static Dictionary<string, IndicatorScore> Index(IReadOnlyList<IndicatorScore> indicators)
    {
        var index = new Dictionary<string, IndicatorScore>(indicators.Count, StringComparer.Ordinal);
        foreach (var indicator in indicators)
        {
            index[indicator.Id] = indicator;
        }

        return index;
    }

    private List<IndicatorScore> Flatten()
    {
        var flat = new List<IndicatorScore>();
        Flatten(Indicators, flat);
        return flat;
    }

    private static void Flatten(IReadOnlyList<IndicatorScore> indicators, List<IndicatorScore> all)
    {
        foreach (var indicator in indicators)
        {
            all.Add(indicator);
            Flatten(indicator.Children, all);
        }
    }
}
