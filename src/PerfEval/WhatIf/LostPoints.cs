using System.Collections.Generic;

namespace PerfEval.WhatIf;

/// <summary>
/// One scored indicator that lost points, with the changes of its own inputs that would recover them all: one per
/// input that can, the most practical first (within its declared range, fewest other indicators harmed, fewest steps of the rule set's decimals).
/// A judgement indicator's one "change" is the judgement's score: the points it needs.
/// </summary>
public sealed class LostPoints
{
    internal LostPoints(string id, string name, string? method, decimal score, decimal effectiveWeight, bool isJudgement, IReadOnlyList<ProposedChange> options)
    {
        Id = id;
        Name = name;
        Method = method;
        Score = score;
        EffectiveWeight = effectiveWeight;
        IsJudgement = isJudgement;
        Options = options;
    }

    /// <summary>Gets the indicator's id.</summary>
    public string Id { get; }

    /// <summary>Gets the indicator's name.</summary>
    public string Name { get; }

    /// <summary>Gets the scoring method's key (e.g. <c>formula</c>).</summary>
    public string? Method { get; }

    /// <summary>Gets the score now.</summary>
    public decimal Score { get; }

    /// <summary>Gets the weight after fallbacks, the most it can score.</summary>
    public decimal EffectiveWeight { get; }

    /// <summary>Gets the points lost: <see cref="EffectiveWeight"/> less <see cref="Score"/>.</summary>
    public decimal Points => EffectiveWeight - Score;

    /// <summary>Gets a value indicating whether the indicator is scored by an evaluator's judgement: it needs points, not an input change.</summary>
    public bool IsJudgement { get; }

    /// <summary>Gets the changes that recover every point lost, each alone, the most practical first; empty when no change of one input does.</summary>
    public IReadOnlyList<ProposedChange> Options { get; }

    /// <summary>Gets the first of <see cref="Options"/>, or <see langword="null"/> when there is none.</summary>
    public ProposedChange? Best => Options.Count == 0 ? null : Options[0];
}
