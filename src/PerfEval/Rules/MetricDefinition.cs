namespace PerfEval.Rules;

/// <summary>A named derived value: an NCalc expression over inputs and other metrics, shown in the breakdown.</summary>
public sealed class MetricDefinition
{
    internal MetricDefinition(string name, FormulaText expression, string? unit, string? description, string? note, SourcePosition position)
    {
        Name = name;
        Expression = expression;
        Unit = unit;
        Description = description;
        Note = note;
        Position = position;
    }

    /// <summary>Gets the ASCII name formulas use.</summary>
    public string Name { get; }

    /// <summary>Gets the expression.</summary>
    public FormulaText Expression { get; }

    /// <summary>Gets the unit, e.g. <c>ratio</c>, or <see langword="null"/>.</summary>
    public string? Unit { get; }

    /// <summary>Gets the description.</summary>
    public string? Description { get; }

    /// <summary>Gets the author's note.</summary>
    public string? Note { get; }

    /// <summary>Gets where the metric was declared.</summary>
    public SourcePosition Position { get; }
}
