using PerfEval.Inputs;

namespace PerfEval.WhatIf;

/// <summary>One input value or judgement changed: what it was and what it becomes.</summary>
public sealed class InputChange
{
    internal InputChange(string name, bool isJudgement, InputValue? before, InputValue after, string? unit)
    {
        Name = name;
        IsJudgement = isJudgement;
        Before = before;
        After = after;
        Unit = unit;
    }

    /// <summary>Gets the input's name, or for a judgement the indicator's id.</summary>
    public string Name { get; }

    /// <summary>Gets a value indicating whether this is a judgement's score (then <see cref="Name"/> is an indicator id).</summary>
    public bool IsJudgement { get; }

    /// <summary>Gets the value before, or <see langword="null"/> when the input was not given.</summary>
    public InputValue? Before { get; }

    /// <summary>Gets the value after (a judgement's score as a number).</summary>
    public InputValue After { get; }

    /// <summary>Gets the input's unit (e.g. 万元), or <see langword="null"/>.</summary>
    public string? Unit { get; }

    /// <summary>Gets how much a number changes (after less before), or <see langword="null"/> for a condition, a text or a value not given before.</summary>
    public decimal? Delta => After.Kind == InputValueKind.Number && Before is { Kind: InputValueKind.Number } before ? After.Number - before.Number : null;

    /// <summary>Formats the change on one line, e.g. <c>actual_spending: 2679.48 → 2772.64</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{(IsJudgement ? "judgements." : string.Empty)}{Name}: {Before?.ToString() ?? "(not given)"} → {After}";
}
