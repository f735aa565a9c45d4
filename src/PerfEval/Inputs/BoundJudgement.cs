namespace PerfEval.Inputs;

/// <summary>
/// A judgement as bound into its indicator's slot: the score, whether a reason was written, and the reason's text when
/// it was kept (an input read for numbers only keeps none). The default value is a slot with no judgement.
/// </summary>
internal readonly struct BoundJudgement
{
    public BoundJudgement(decimal score, string? reason, bool reasoned, int line, int column)
    {
        Given = true;
        Score = score;
        Reason = reason;
        Reasoned = reasoned;
        Line = line;
        Column = column;
    }

    /// <summary>Binds a judgement given as an object, keeping its reason.</summary>
    public BoundJudgement(Judgement judgement)
        : this(judgement.Score, judgement.Reason, !string.IsNullOrWhiteSpace(judgement.Reason), judgement.Line, judgement.Column)
    {
    }

    /// <summary>Gets a value indicating whether the input judged the indicator.</summary>
    public bool Given { get; }

    /// <summary>Gets the score, on the indicator's declared weight.</summary>
    public decimal Score { get; }

    /// <summary>Gets the reason, or <see langword="null"/> when the input was read without the reasons' text.</summary>
    public string? Reason { get; }

    /// <summary>Gets a value indicating whether the reason has anything but white space in it.</summary>
    public bool Reasoned { get; }

    /// <summary>Gets the 1-based line the judgement was read from, or 0.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column the judgement was read from, or 0.</summary>
    public int Column { get; }
}
