namespace PerfEval.Evaluation;

/// <summary>What an evaluation builds besides the numbers.</summary>
public sealed class EvaluationOptions
{
    /// <summary>Gets the default options: explanations built.</summary>
    public static EvaluationOptions Default { get; } = new();

    /// <summary>Gets options for numbers only: scores, weights, total, grade, moves and warnings, no explanations.</summary>
    public static EvaluationOptions NumbersOnly { get; } = new() { Explanations = false };

    /// <summary>
    /// Gets a value indicating whether each indicator's <see cref="Results.IndicatorScore.Explanation"/> and the scorecard's
    /// <see cref="Results.Scorecard.Metrics"/> are built. A caller who only sums or files the scores can skip them.
    /// <value>Defaults to <see langword="true"/>.</value>
    /// </summary>
    public bool Explanations { get; init; } = true;
}
