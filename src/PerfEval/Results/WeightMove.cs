namespace PerfEval.Results;

/// <summary>Weight moved by a fallback from a not-assessed indicator to another.</summary>
public sealed class WeightMove
{
    /// <summary>Initializes a new move.</summary>
    /// <param name="from">The not-assessed indicator's id.</param>
    /// <param name="to">The receiving indicator's id.</param>
    /// <param name="points">The weight moved.</param>
    public WeightMove(string from, string to, decimal points)
    {
        From = from;
        To = to;
        Points = points;
    }

    /// <summary>Gets the not-assessed indicator's id.</summary>
    public string From { get; }

    /// <summary>Gets the receiving indicator's id.</summary>
    public string To { get; }

    /// <summary>Gets the weight moved.</summary>
    public decimal Points { get; }
}
