using System;
using System.Globalization;

namespace PerfEval.Inputs;

/// <summary>One input value as given: a number, a condition or text, with where it was read from.</summary>
public sealed class InputValue
{
    private InputValue(InputValueKind kind, decimal number, bool boolean, string? text, int line, int column)
    {
        Kind = kind;
        Number = number;
        Boolean = boolean;
        Text = text;
        Line = line;
        Column = column;
    }

    /// <summary>Gets the kind of value.</summary>
    public InputValueKind Kind { get; }

    /// <summary>Gets the number (when <see cref="Kind"/> is <see cref="InputValueKind.Number"/>).</summary>
    public decimal Number { get; }

    /// <summary>Gets the condition (when <see cref="Kind"/> is <see cref="InputValueKind.Boolean"/>).</summary>
    public bool Boolean { get; }

    /// <summary>Gets the text (when <see cref="Kind"/> is <see cref="InputValueKind.Text"/>).</summary>
    public string? Text { get; }

    /// <summary>Gets the 1-based line the value was read from, or 0.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column the value was read from, or 0.</summary>
    public int Column { get; }

    /// <summary>Creates a number.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The input value.</returns>
    public static InputValue Of(decimal value) => new(InputValueKind.Number, value, false, null, 0, 0);

    /// <summary>Creates a condition.</summary>
    /// <param name="value">The condition.</param>
    /// <returns>The input value.</returns>
    public static InputValue Of(bool value) => new(InputValueKind.Boolean, 0m, value, null, 0, 0);

    /// <summary>Creates a text value.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The input value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public static InputValue Of(string value)
    {
        Guard.NotNull(value);
        return new(InputValueKind.Text, 0m, false, value, 0, 0);
    }

    /// <summary>Formats the value invariantly.</summary>
    /// <returns>The value as text.</returns>
    public override string ToString() => Kind switch
    {
        InputValueKind.Number => Number.ToString(CultureInfo.InvariantCulture),
        InputValueKind.Boolean => Boolean ? "true" : "false",
        _ => Text!,
    };

    internal static InputValue Of(decimal value, int line, int column) => new(InputValueKind.Number, value, false, null, line, column);

    internal static InputValue Of(bool value, int line, int column) => new(InputValueKind.Boolean, 0m, value, null, line, column);

    internal static InputValue Of(string value, int line, int column) => new(InputValueKind.Text, 0m, false, value, line, column);

    /// <summary>The same value, read from a place.</summary>
    internal InputValue At(int line, int column) => new(Kind, Number, Boolean, Text, line, column);
}
