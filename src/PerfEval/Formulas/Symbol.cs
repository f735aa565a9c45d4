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
    /// The quick test of an input's value against its declaration (kind, whole number, range, choice), run on every
    /// value; a value it turns down is checked again by the evaluator, which says why.
    /// </summary>
    public bool Accepts(InputValue value)
    {
        if (value.Kind != Expected)
        {
            return false;
        }

        switch (Expected)
        {
            case InputValueKind.Number:
                var number = value.Number;
                return (!whole || DecimalTests.IsWhole(number))
                    && (minIsZero ? !DecimalTests.IsBelowZero(number) : !hasMin || number >= min)
                    && (!hasMax || number <= max);
            case InputValueKind.Text:
                return choices is null || System.Linq.Enumerable.Contains(choices, value.Text);
            default:
                return true;
        }
    }
}
