using PerfEval.Rules;

namespace PerfEval.Formulas;

/// <summary>A name formulas can use: an input or a metric, with its type and its slot in the <see cref="ValueFrame"/>.</summary>
internal sealed class Symbol
{
    public Symbol(string name, ValueKind kind, int index, InputDefinition? input, MetricDefinition? metric)
    {
        Name = name;
        Kind = kind;
        Index = index;
        Input = input;
        Metric = metric;
    }

    public string Name { get; }

    public ValueKind Kind { get; }

    public int Index { get; }

    public InputDefinition? Input { get; }

    public MetricDefinition? Metric { get; }

    public bool IsMetric => Metric is not null;
}
