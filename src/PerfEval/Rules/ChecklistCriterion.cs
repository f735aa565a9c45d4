namespace PerfEval.Rules;

/// <summary>One criterion of a <see cref="ChecklistMethod"/>: its name, the condition that it is met, and its points.</summary>
internal sealed class ChecklistCriterion
{
    internal ChecklistCriterion(string id, string name, FormulaText met, decimal points, SourcePosition position)
    {
        Id = id;
        Name = name;
        Met = met;
        Points = points;
        Position = position;
    }

    /// <summary>Gets the criterion's id.</summary>
    public string Id { get; }

    /// <summary>Gets the criterion's name in the notice's words.</summary>
    public string Name { get; }

    /// <summary>Gets the boolean expression that is true when the criterion is met.</summary>
    public FormulaText Met { get; }

    /// <summary>Gets the points awarded when met (on the declared weight).</summary>
    public decimal Points { get; }

    /// <summary>Gets where the criterion was written.</summary>
    public SourcePosition Position { get; }
}
