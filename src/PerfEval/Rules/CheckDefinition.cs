namespace PerfEval.Rules;

/// <summary>
/// A consistency check over the inputs: when its assertion is false, scoring goes on and the scorecard carries a warning.
/// A check whose optional inputs are not given is skipped.
/// </summary>
public sealed class CheckDefinition
{
    internal CheckDefinition(string id, FormulaText assertion, string message, string? note, SourcePosition position)
    {
        Id = id;
        Assertion = assertion;
        Message = message;
        Note = note;
        Position = position;
    }

    /// <summary>Gets the check's id.</summary>
    public string Id { get; }

    /// <summary>Gets the boolean expression that should hold.</summary>
    public FormulaText Assertion { get; }

    /// <summary>Gets the warning text used when the assertion is false.</summary>
    public string Message { get; }

    /// <summary>Gets the author's note.</summary>
    public string? Note { get; }

    /// <summary>Gets where the check was declared.</summary>
    public SourcePosition Position { get; }
}
