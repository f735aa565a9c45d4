using System;
using System.Collections.Generic;

namespace PerfEval.Results;

/// <summary>
/// One indicator's row of a <see cref="Scorecard"/>: its weights, score and status, and, unless the evaluation was
/// asked for numbers only, its <see cref="Explanation"/>. Plain immutable data: a scorecard holds its figures in columns
/// in tree order, and a row is where to read them, so scoring makes no object per indicator.
/// </summary>
/// <remarks>Two rows are equal when they are the same indicator's row of the same scorecard.</remarks>
public readonly struct IndicatorScore : IEquatable<IndicatorScore>
{
    private readonly Scorecard card;
    private readonly int index;

    internal IndicatorScore(Scorecard card, int index)
    {
        this.card = card;
        this.index = index;
    }

    /// <summary>Gets the scorecard the row belongs to.</summary>
    internal Scorecard Card => card;

    /// <summary>Gets the indicator's id.</summary>
    public string Id => Info.Id;

    /// <summary>Gets the indicator's name.</summary>
    public string Name => Info.Name;

    /// <summary>Gets the ids from the top of the tree to this indicator, joined by <c>/</c>.</summary>
    public string Path => Info.Path;

    /// <summary>Gets the depth in the tree, 1 for a top-level indicator.</summary>
    public int Level => Info.Level;

    /// <summary>Gets the declared weight.</summary>
    public decimal Weight => Info.Weight;

    /// <summary>Gets the weight after fallbacks: the declared weight plus weight moved in, or 0 when moved away.</summary>
    public decimal EffectiveWeight => card.EffectiveWeights[index];

    /// <summary>Gets the score, rounded by the rule set (a group's is the sum of its children's).</summary>
    public decimal Score => card.Scores[index];

    /// <summary>Gets the points lost: <see cref="EffectiveWeight"/> less <see cref="Score"/>.</summary>
    public decimal PointsLost => EffectiveWeight - Score;

    /// <summary>Gets what happened to the indicator.</summary>
    public IndicatorStatus Status => card.Statuses[index];

    /// <summary>Gets the scoring method's key (e.g. <c>formula</c>), or <see langword="null"/> for a group.</summary>
    public string? Method => Info.Method;

    /// <summary>Gets the rule's notes (the indicator's, then its scoring method's; e.g. an assumption), or <see langword="null"/>.</summary>
    public string? Note => Info.Note;

    /// <summary>
    /// Gets how the score was reached, or <see langword="null"/> when the evaluation was asked for numbers only
    /// (<see cref="Evaluation.EvaluationOptions.Explanations"/>).
    /// </summary>
    public Explanation? Explanation => card.Explanations?[index];

    /// <summary>Gets the children of a group, in tree order; empty for a leaf.</summary>
    public IReadOnlyList<IndicatorScore> Children => Info.Children.Length == 0 ? Array.Empty<IndicatorScore>() : new IndicatorList(card, Info.Children);

    /// <summary>Gets a value indicating whether this is a group.</summary>
    public bool IsGroup => Info.Children.Length > 0;

    private IndicatorInfo Info => card.Infos[index];

    /// <summary>Tells whether two rows are the same indicator's row of the same scorecard.</summary>
    /// <param name="left">A row.</param>
    /// <param name="right">Another row.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(IndicatorScore left, IndicatorScore right) => left.Equals(right);

    /// <summary>Tells whether two rows are not the same indicator's row of the same scorecard.</summary>
    /// <param name="left">A row.</param>
    /// <param name="right">Another row.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(IndicatorScore left, IndicatorScore right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(IndicatorScore other) => ReferenceEquals(card, other.card) && index == other.index;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is IndicatorScore other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => card is null ? 0 : (card.GetHashCode() * 31) + index;

    /// <inheritdoc/>
    public override string ToString() => card is null ? string.Empty : $"{Id}: {Score}/{EffectiveWeight}";
}
