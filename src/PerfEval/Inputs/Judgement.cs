using System;

namespace PerfEval.Inputs;

/// <summary>An evaluator's score for a judgement indicator, with the written reason.</summary>
public sealed class Judgement
{
    /// <summary>Initializes a new judgement.</summary>
    /// <param name="score">The score, on the indicator's declared weight.</param>
    /// <param name="reason">Why: the evaluator's words.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is <see langword="null"/>.</exception>
    public Judgement(decimal score, string reason)
        : this(score, reason, 0, 0)
    {
    }

    internal Judgement(decimal score, string reason, int line, int column)
    {
        Guard.NotNull(reason);
        Score = score;
        Reason = reason;
        Line = line;
        Column = column;
    }

    /// <summary>Gets the score, on the indicator's declared weight.</summary>
    public decimal Score { get; }

    /// <summary>Gets the written reason.</summary>
    public string Reason { get; }

    /// <summary>Gets the 1-based line the judgement was read from, or 0.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column the judgement was read from, or 0.</summary>
    public int Column { get; }
}
