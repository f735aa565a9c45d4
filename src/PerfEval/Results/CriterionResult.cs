namespace PerfEval.Results;

/// <summary>One checklist criterion in one evaluation: met or not, and its points.</summary>
public sealed class CriterionResult
{
    internal CriterionResult(string id, string name, decimal points, bool met)
    {
        Id = id;
        Name = name;
        Points = points;
        Met = met;
    }

    /// <summary>Gets the criterion's id.</summary>
    public string Id { get; }

    /// <summary>Gets the criterion's name.</summary>
    public string Name { get; }

    /// <summary>Gets the points the criterion is worth.</summary>
    public decimal Points { get; }

    /// <summary>Gets a value indicating whether the criterion was met.</summary>
    public bool Met { get; }

    /// <summary>Gets the points awarded: <see cref="Points"/> when met, else 0.</summary>
    public decimal Awarded => Met ? Points : 0m;
}
