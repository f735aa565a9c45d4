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
    /// input's declaration (kind, whole number, range, choice); a value it turns down is checked again by the
    /// evaluator, which says why.
    /// </summary>
    /// <returns>Whether the value was put.</returns>
    public bool TryBind(InputValue value, ValueFrame frame)
    {
        if (value.Kind != Expected)
        {
            return false;
        }

        switch (Expected)
        {
            case InputValueKind.Number:
                var number = value.Number;
                if ((whole && !DecimalTests.IsWhole(number))
                    || (minIsZero ? DecimalTests.IsBelowZero(number) : hasMin && number < min)
                    || (hasMax && number > max))
                {
                    return false;
                }

                frame.Numbers[Index] = number;
                break;
            case InputValueKind.Boolean:
                frame.Booleans[Index] = value.Boolean;
                break;
            default:
                if (choices is not null && !System.Linq.Enumerable.Contains(choices, value.Text))
                {
                    return false;
                }

                frame.Texts[Index] = value.Text;
                break;
        }

        frame.Present[Index] = true;
        return true;
    }
}
