using System.Collections.Generic;

namespace PerfEval.Results;

/// <summary>
/// The scored breakdown of one input under one rule set: total, grade, every indicator with how it was scored, the
/// derived metrics, every weight move, and warnings. Plain immutable data, complete when scoring returns it.
/// </summary>
/// <threadsafety>Immutable: safe to read from many threads at once.</threadsafety>
public sealed class Scorecard
{
    private readonly ScorecardLayout layout;

    internal Scorecard(
        ScorecardLayout layout,
        string? subject,
        decimal total,
        decimal effectiveTotal,
        Grade grade,
        decimal[] scores,
        decimal[] effectiveWeights,
        IndicatorStatus[] statuses,
        Explanation?[]? explanations,
        IReadOnlyList<NamedValue> metrics,
        IReadOnlyList<WeightMove> weightMoves,
        IReadOnlyList<Diagnostic> warnings,
        Rescaling? rescaling = null)
    {
        this.layout = layout;
        Rescaling = rescaling;
        Subject = subject;
        Total = total;
        EffectiveTotal = effectiveTotal;
        Grade = grade;
        Scores = scores;
        EffectiveWeights = effectiveWeights;
        Statuses = statuses;
        Explanations = explanations;
        Indicators = new IndicatorList(this, layout.Roots);
        AllIndicators = new IndicatorList(this, layout.All);
        Metrics = metrics;
        WeightMoves = weightMoves;
        Warnings = warnings;
    }

    /// <summary>
    /// Gets how <see cref="Total"/> was converted to the rule set's scale because rows were not assessed, or
    /// <see langword="null"/> when it was not.
    /// </summary>
    public Rescaling? Rescaling { get; }

    /// <summary>Gets the header of the 项目支出绩效自评表, when the rule set has a <c>project_form</c>; otherwise <see langword="null"/>.</summary>
    public ProjectHeader? Project { get; internal init; }

    /// <summary>
    /// Gets whether the rule set takes rows from the input (a project form, 项目支出绩效自评): their scores are in the
    /// explanations' <see cref="Explanation.Rows"/>.
    /// </summary>
    public bool HasRows => layout.HasRows;

    /// <summary>Gets the rule set's id.</summary>
    public string RuleSetId => layout.RuleSetId;

    /// <summary>Gets the rule set's version.</summary>
    public string RuleSetVersion => layout.RuleSetVersion;

    /// <summary>Gets the rule set's title.</summary>
    public string RuleSetTitle => layout.RuleSetTitle;

    /// <summary>Gets the unit evaluated (e.g. 阳西县土地储备和城市更新事务中心), or <see langword="null"/>.</summary>
    public string? Subject { get; }

    /// <summary>Gets the rule set's total points (usually 100).</summary>
    public decimal TotalPoints => layout.TotalPoints;

    /// <summary>Gets the number of decimals every score is rounded to.</summary>
    public int Decimals => layout.Decimals;

    /// <summary>Gets the total score: the sum of the rounded scores.</summary>
    public decimal Total { get; }

    /// <summary>Gets the sum of the top-level indicators' effective weights, rounded as they are shown.</summary>
    public decimal EffectiveTotal { get; }

    /// <summary>Gets the points lost in all: <see cref="EffectiveTotal"/> less <see cref="Total"/>.</summary>
    public decimal PointsLost => EffectiveTotal - Total;

    /// <summary>Gets the grade.</summary>
    public Grade Grade { get; }

    /// <summary>Gets the top-level indicators, each with its children.</summary>
    public IReadOnlyList<IndicatorScore> Indicators { get; }

    /// <summary>Gets every indicator, groups and leaves, in tree order.</summary>
    public IReadOnlyList<IndicatorScore> AllIndicators { get; }

    // The table of figures, one column each, by tree-order index. A column no evaluation changed (the declared weights,
    // a status of scored throughout) is the compiled rule set's, shared by every scorecard.

    /// <summary>Gets each indicator's rounded score, by tree-order index.</summary>
    internal decimal[] Scores { get; }

    /// <summary>Gets each indicator's weight after fallbacks, rounded as shown, by tree-order index.</summary>
    internal decimal[] EffectiveWeights { get; }

    /// <summary>Gets each indicator's status, by tree-order index.</summary>
    internal IndicatorStatus[] Statuses { get; }

    /// <summary>Gets each indicator's explanation, by tree-order index, or <see langword="null"/> when the evaluation was asked for numbers only.</summary>
    internal Explanation?[]? Explanations { get; }

    /// <summary>Gets what the rule set says of each indicator, by tree-order index.</summary>
    internal IndicatorInfo[] Infos => layout.Infos;

    /// <summary>Gets the derived metrics that could be computed, with their values; empty when the evaluation was asked for numbers only.</summary>
    public IReadOnlyList<NamedValue> Metrics { get; }

    /// <summary>Gets every weight move made by a fallback.</summary>
    public IReadOnlyList<WeightMove> WeightMoves { get; }

    /// <summary>Gets the warnings: inconsistent figures that did not block scoring.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; }

    /// <summary>Gets an indicator by id.</summary>
    /// <param name="id">The indicator's id.</param>
    /// <returns>The indicator.</returns>
    /// <exception cref="KeyNotFoundException">No indicator has that id.</exception>
    public IndicatorScore this[string id] => TryGetIndicator(id, out var score)
        ? score
        : throw new KeyNotFoundException($"No indicator '{id}' in rule set '{RuleSetId}'.");

    /// <summary>Looks an indicator up by id.</summary>
    /// <param name="id">The indicator's id.</param>
    /// <param name="score">The indicator, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetIndicator(string id, out IndicatorScore score)
    {
        if (id is not null && layout.IndexById.TryGetValue(id, out var index))
        {
            score = new IndicatorScore(this, index);
            return true;
        }

        score = default;
        return false;
    }
}
