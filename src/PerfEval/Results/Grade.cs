using PerfEval.Rules;

namespace PerfEval.Results;

/// <summary>The grade a total earns: the level (excellent, good, fair, poor) and the rule set's label for it (优).</summary>
public sealed class Grade
{
    /// <summary>Initializes a new grade.</summary>
    /// <param name="level">The level.</param>
    /// <param name="label">The rule set's label.</param>
    public Grade(GradeLevel level, string label)
    {
        Level = level;
        Label = label;
    }

    /// <summary>Gets the level.</summary>
    public GradeLevel Level { get; }

    /// <summary>Gets the stable code of the level: <c>excellent</c>, <c>good</c>, <c>fair</c> or <c>poor</c>.</summary>
    public string Code => Level switch
    {
        GradeLevel.Excellent => "excellent",
        GradeLevel.Good => "good",
        GradeLevel.Fair => "fair",
        _ => "poor",
    };

    /// <summary>Gets the rule set's label, e.g. 优.</summary>
    public string Label { get; }

    /// <summary>Returns the label.</summary>
    /// <returns>The label.</returns>
    public override string ToString() => Label;
}
