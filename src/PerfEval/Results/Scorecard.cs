using System;
using System.Collections.Generic;
using System.Linq;

namespace PerfEval.Results;

/// <summary>
/// The scored breakdown of one input under one rule set: total, grade, every indicator with how it was scored,
/// the derived metrics, every weight move, and warnings. Plain immutable data.
/// </summary>
public sealed class Scorecard
{
    private readonly Dictionary<string, IndicatorScore> byId;

    internal Scorecard(
        string ruleSetId,
        string ruleSetVersion,
        string ruleSetTitle,
        string? subject,
        decimal totalPoints,
        int decimals,
        decimal total,
        Grade grade,
        IReadOnlyList<IndicatorScore> indicators,
        IReadOnlyList<NamedValue> metrics,
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
        Indicators = indicators;
        Metrics = metrics;
        WeightMoves = weightMoves;
        Warnings = warnings;
        var all = new List<IndicatorScore>();
        Flatten(indicators, all);
        AllIndicators = all;
        byId = new Dictionary<string, IndicatorScore>(all.Count, StringComparer.Ordinal);
        foreach (var indicator in all)
        {
            byId[indicator.Id] = indicator;
        }
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
    public IReadOnlyList<IndicatorScore> Indicators { get; }

    /// <summary>Gets every indicator, groups and leaves, in tree order.</summary>
    public IReadOnlyList<IndicatorScore> AllIndicators { get; }

    /// <summary>Gets the derived metrics with their values.</summary>
    public IReadOnlyList<NamedValue> Metrics { get; }

    /// <summary>Gets every weight move made by a fallback.</summary>
    public IReadOnlyList<WeightMove> WeightMoves { get; }

    /// <summary>Gets the warnings: inconsistent figures that did not block scoring.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; }

    /// <summary>Gets an indicator by id.</summary>
    /// <param name="id">The indicator's id.</param>
    /// <returns>The indicator.</returns>
    /// <exception cref="KeyNotFoundException">No indicator has that id.</exception>
    public IndicatorScore this[string id] => byId.TryGetValue(id, out var score)
        ? score
        : throw new KeyNotFoundException($"No indicator '{id}' in rule set '{RuleSetId}'.");

    /// <summary>Looks an indicator up by id.</summary>
    /// <param name="id">The indicator's id.</param>
    /// <param name="score">The indicator, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetIndicator(string id, out IndicatorScore score) => byId.TryGetValue(id, out score!);

    private static void Flatten(IReadOnlyList<IndicatorScore> indicators, List<IndicatorScore> all)
    {
        foreach (var indicator in indicators)
        {
            all.Add(indicator);
            Flatten(indicator.Children, all);
        }
    }
}
