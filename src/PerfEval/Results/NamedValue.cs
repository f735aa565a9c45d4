using System.Globalization;

namespace PerfEval.Results;

/// <summary>An input or derived metric as used in one evaluation: its name, value and unit.</summary>
public sealed class NamedValue
{
    internal NamedValue(string name, bool isMetric, string? unit, string? description, decimal? number, bool? boolean, string? text)
    {
        Name = name;
        IsMetric = isMetric;
        Unit = unit;
        Description = description;
        Number = number;
        Boolean = boolean;
        Text = text;
    }

    /// <summary>Gets the input's or metric's name.</summary>
    public string Name { get; }

    /// <summary>Gets a value indicating whether this is a derived metric rather than an input.</summary>
    public bool IsMetric { get; }

    /// <summary>Gets the unit, or <see langword="null"/>.</summary>
    public string? Unit { get; }

    /// <summary>Gets the description, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>Gets the value when it is a number.</summary>
    public decimal? Number { get; }

    /// <summary>Gets the value when it is a condition.</summary>
    public bool? Boolean { get; }

    /// <summary>Gets the value when it is text.</summary>
    public string? Text { get; }

    /// <summary>Formats the value alone, invariantly (numbers exactly, conditions as <c>true</c>/<c>false</c>).</summary>
    /// <returns>The value as text.</returns>
    public string FormatValue() => Number is { } number
        ? number.ToString(CultureInfo.InvariantCulture)
        : Boolean is { } flag ? (flag ? "true" : "false") : Text ?? string.Empty;

    /// <summary>Formats the value as <c>name = value</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name + " = " + FormatValue();
}
