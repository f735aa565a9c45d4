namespace PerfEval.Rules;

/// <summary>One option of an <see cref="AlternativesMethod"/>: a condition choosing it and the method that scores it.</summary>
internal sealed class Alternative
{
    internal Alternative(string? name, FormulaText? when, ScoringMethod method, SourcePosition position)
    {
        Name = name;
        When = when;
        Method = method;
        Position = position;
    }

    /// <summary>Gets the option's name, or <see langword="null"/>.</summary>
    public string? Name { get; }

    /// <summary>Gets the condition choosing this option, or <see langword="null"/> for "otherwise" (last option only).</summary>
    public FormulaText? When { get; }

    /// <summary>Gets the method that scores this option.</summary>
    public ScoringMethod Method { get; }

    /// <summary>Gets where the option was written.</summary>
    public SourcePosition Position { get; }
}
