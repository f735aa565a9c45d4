using PerfEval.Inputs;
using PerfEval.Rules;

namespace PerfEval.Formulas;

/// <summary>A name formulas can use: an input or a metric, with its type and its slot in the <see cref="ValueFrame"/>.</summary>
internal sealed class Symbol
{
    private readonly bool whole;
    private readonly bool minIsZero;
    private readonly bool hasMin;
    private readonly bool hasMax;
    private readonly decimal min;
    private readonly decimal max;
    private readonly System.Collections.Generic.IReadOnlyList<string>? choices;

    public Symbol(string name, ValueKind kind, int index, InputDefinition? input, MetricDefinition? metric)
    {
        Name = name;
        Kind = kind;
        Index = index;
        Input = input;
        Metric = metric;
        if (input is not null)
        {
            Expected = input.Type switch
            {
                InputType.Decimal or InputType.Integer => InputValueKind.Number,
                InputType.Boolean => InputValueKind.Boolean,
                _ => InputValueKind.Text,
            };
            whole = input.Type == InputType.Integer;
            minIsZero = input.Min == 0m;
            hasMin = input.Min.HasValue;
            hasMax = input.Max.HasValue;
            min = input.Min.GetValueOrDefault();
            max = input.Max.GetValueOrDefault();
            Required = input.Required;
            choices = input.Type == InputType.Choice ? input.Choices : null;
        }
    }

    public string Name { get; }

    public ValueKind Kind { get; }

    public int Index { get; }

    public InputDefinition? Input { get; }

    public MetricDefinition? Metric { get; }

    public bool IsMetric => Metric is not null;

    /// <summary>Gets a value indicating whether the symbol is an input every evaluation must give.</summary>
    public bool Required { get; }

    /// <summary>Gets the kind of value an input takes.</summary>
    public InputValueKind Expected { get; }

    /// <summary>
    /// Puts an input's value in its slot of the frame and marks it present, if it passes the quick test against the
    /// input's declaration (kind, whole number, range, choice); a value it turns down is checked again by the binder,
    /// which says why.
    /// </summary>
    /// <returns>Whether the value was put.</returns>
    public bool TryBind(InputValue value, ValueFrame frame) => value.Kind switch
    {
        InputValueKind.Number => TryBind(value.Number, frame),
        InputValueKind.Boolean => TryBind(value.Boolean, frame),
        _ => TryBind(value.Text!, frame),
    };

    /// <summary>Puts a number in the slot; see <see cref="TryBind(InputValue, ValueFrame)"/>.</summary>
    public bool TryBind(decimal number, ValueFrame frame)
    {
        if (Expected != InputValueKind.Number
            || (whole && !DecimalTests.IsWhole(number))
            || (minIsZero ? DecimalTests.IsBelowZero(number) : hasMin && number < min)
            || (hasMax && number > max))
        {
            return false;
        }

        frame.Numbers[Index] = number;
        frame.Present[Index] = true;
        return true;
    }

    /// <summary>Puts a condition in the slot; see <see cref="TryBind(InputValue, ValueFrame)"/>.</summary>
    public bool TryBind(bool condition, ValueFrame frame)
    {
        if (Expected != InputValueKind.Boolean)
        {
            return false;
        }

        frame.Booleans[Index] = condition;
        frame.Present[Index] = true;
        return true;
    }

    /// <summary>Puts a text in the slot; see <see cref="TryBind(InputValue, ValueFrame)"/>.</summary>
    public bool TryBind(string text, ValueFrame frame)
    {
        if (Expected != InputValueKind.Text || (choices is not null && !System.Linq.Enumerable.Contains(choices, text)))
        {
            return false;
        }

        frame.Texts[Index] = text;
        frame.Present[Index] = true;
        return true;
    }
}
