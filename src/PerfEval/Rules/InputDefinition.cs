using System.Collections.Generic;

namespace PerfEval.Rules;

/// <summary>An input a rule set needs: its name, type, unit, description, whether it is required, and its allowed range.</summary>
public sealed class InputDefinition
{
    internal InputDefinition(string name, InputType type, string? unit, string? description, bool required, decimal? min, decimal? max, IReadOnlyList<string> choices, string? note, SourcePosition position)
    {
        Name = name;
        Type = type;
        Unit = unit;
        Description = description;
        Required = required;
        Min = min;
        Max = max;
        Choices = choices;
        Note = note;
        Position = position;
    }

    /// <summary>Gets the ASCII name formulas use.</summary>
    public string Name { get; }

    /// <summary>Gets the type.</summary>
    public InputType Type { get; }

    /// <summary>Gets the unit (e.g. 万元), or <see langword="null"/>.</summary>
    public string? Unit { get; }

    /// <summary>Gets the description, in the notice's words.</summary>
    public string? Description { get; }

    /// <summary>Gets a value indicating whether the input must be given. <value>Defaults to <see langword="true"/>.</value></summary>
    public bool Required { get; }

    /// <summary>Gets the smallest allowed value (inclusive), or <see langword="null"/> for none.</summary>
    public decimal? Min { get; }

    /// <summary>Gets the largest allowed value (inclusive), or <see langword="null"/> for none.</summary>
    public decimal? Max { get; }

    /// <summary>Gets the allowed values of a <see cref="InputType.Choice"/> input; empty otherwise.</summary>
    public IReadOnlyList<string> Choices { get; }

    /// <summary>Gets the author's note, e.g. where the figure comes from.</summary>
    public string? Note { get; }

    /// <summary>Gets where the input was declared.</summary>
    public SourcePosition Position { get; }
}
