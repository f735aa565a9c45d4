namespace PerfEval.Comparison;

/// <summary>How one indicator's score differs between two scorecards of the same input.</summary>
public sealed class ScoreChange
{
    internal ScoreChange(string id, string name, decimal? before, decimal? after)
    {
        Id = id;
        Name = name;
        Before = before;
        After = after;
    }

    /// <summary>Gets the indicator's id.</summary>
    public string Id { get; }

    /// <summary>Gets the indicator's name (the new one where both exist).</summary>
    public string Name { get; }

    /// <summary>Gets the old score, or <see langword="null"/> when the indicator is new.</summary>
    public decimal? Before { get; }

    /// <summary>Gets the new score, or <see langword="null"/> when the indicator was removed.</summary>
    public decimal? After { get; }

    /// <summary>Gets the change: new less old, with a missing score counted as zero.</summary>
    public decimal Delta => (After ?? 0m) - (Before ?? 0m);
}
