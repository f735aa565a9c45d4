using System.Collections.Generic;

namespace PerfEval.Results;

/// <summary>
/// One indicator of a <see cref="Scorecard"/>: its weights, score and status, and, unless the evaluation was asked for
/// numbers only, its <see cref="Explanation"/>. Plain immutable data.
/// </summary>
public sealed class IndicatorScore
{
    internal IndicatorScore(string id, string name, string path, int level, decimal weight, decimal effectiveWeight, decimal score, IndicatorStatus status, string? method, string? note, Explanation? explanation, IReadOnlyList<IndicatorScore> children)
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
        Note = note;
        Explanation = explanation;
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

    /// <summary>Gets the rule's notes (the indicator's, then its scoring method's; e.g. an assumption), or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <summary>
    /// Gets how the score was reached, or <see langword="null"/> when the evaluation was asked for numbers only
    /// (<see cref="Evaluation.EvaluationOptions.Explanations"/>).
    /// </summary>
    public Explanation? Explanation { get; }

    /// <summary>Gets the children of a group; empty for a leaf.</summary>
    public IReadOnlyList<IndicatorScore> Children { get; }

    /// <summary>Gets a value indicating whether this is a group.</summary>
    public bool IsGroup => Children.Count > 0;
}
