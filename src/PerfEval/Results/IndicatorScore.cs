using System.Collections.Generic;

namespace PerfEval.Results;

/// <summary>
/// One indicator of a <see cref="Scorecard"/>: its weights, score, status, and how the score was reached
/// (method, formula, the formula with values substituted, the values used, the judgement's reason).
/// </summary>
public sealed class IndicatorScore
{
    // Not readonly: each is written once, in place, when first read.
    private Deferred<string?> substituted;
    private Deferred<string?> explanation;
    private Deferred<IReadOnlyList<NamedValue>> values;

    internal IndicatorScore(
        string id,
        string name,
        string path,
        int level,
        decimal weight,
        decimal effectiveWeight,
        decimal score,
        IndicatorStatus status,
        string? method,
        string? formula,
        Deferred<string?> substituted,
        decimal? rawScore,
        Deferred<string?> explanation,
        string? reason,
        Deferred<IReadOnlyList<NamedValue>> values,
        string? note,
        IReadOnlyList<IndicatorScore> children)
    {
        Id = id;
        Name = name;
        Path = path;
        Level = level;
        Weight = weight;
        EffectiveWeight = effectiveWeight;
        Score = score;
        Status = status;
        Method = method;
        Formula = formula;
        this.substituted = substituted;
        RawScore = rawScore;
        this.explanation = explanation;
        Reason = reason;
        this.values = values;
        Note = note;
        Children = children;
    }

    /// <summary>Gets the indicator's id.</summary>
    public string Id { get; }

    /// <summary>Gets the indicator's name.</summary>
    public string Name { get; }

    /// <summary>Gets the ids from the top of the tree to this indicator, joined by <c>/</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the depth in the tree, 1 for a top-level indicator.</summary>
    public int Level { get; }

    /// <summary>Gets the declared weight.</summary>
    public decimal Weight { get; }

    /// <summary>Gets the weight after fallbacks: the declared weight plus weight moved in, or 0 when moved away.</summary>
    public decimal EffectiveWeight { get; }

    /// <summary>Gets the score, rounded by the rule set (a group's is the sum of its children's).</summary>
    public decimal Score { get; }

    /// <summary>Gets the points lost: <see cref="EffectiveWeight"/> less <see cref="Score"/>.</summary>
    public decimal PointsLost => EffectiveWeight - Score;

    /// <summary>Gets what happened to the indicator.</summary>
    public IndicatorStatus Status { get; }

    /// <summary>Gets the scoring method's key (e.g. <c>formula</c>), or <see langword="null"/> for a group.</summary>
    public string? Method { get; }

    /// <summary>Gets the formula or measured expression, or <see langword="null"/>.</summary>
    public string? Formula { get; }

    /// <summary>Gets the formula with the values of this evaluation substituted, and its result.</summary>
    /// <remarks>Written on first access, so scoring does not pay for explanations nobody reads.</remarks>
    public string? Substituted => substituted.Value;

    /// <summary>Gets the method's unrounded score on the declared weight, before any scaling by a fallback.</summary>
    public decimal? RawScore { get; }

    /// <summary>Gets how the score was reached, in words: band hit, deduction, criteria met, scaling, fallback.</summary>
    /// <remarks>Written on first access.</remarks>
    public string? Explanation => explanation.Value;

    /// <summary>Gets the evaluator's written reason for a judgement score.</summary>
    public string? Reason { get; }

    /// <summary>Gets the inputs and metrics the indicator's formulas read, with their values.</summary>
    public IReadOnlyList<NamedValue> Values => values.Value;

    /// <summary>Gets the rule's notes (the indicator's, then its scoring method's; e.g. an assumption), or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <summary>Gets the children of a group; empty for a leaf.</summary>
    public IReadOnlyList<IndicatorScore> Children { get; }

    /// <summary>Gets a value indicating whether this is a group.</summary>
    public bool IsGroup => Children.Count > 0;
}
