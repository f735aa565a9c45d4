using System;
using System.Collections.Generic;
using PerfEval.Rules;

namespace PerfEval.Formulas;

/// <summary>Every name a rule set's formulas may use, with its type and slot.</summary>
internal sealed class SymbolTable
{
    private readonly Dictionary<string, Symbol> byName = new(StringComparer.Ordinal);
    private readonly List<Symbol> all = new();

    public IReadOnlyList<Symbol> All => all;

    public int Count => all.Count;

    public static ValueKind KindOf(InputType type) => type switch
    {
        InputType.Decimal or InputType.Integer => ValueKind.Number,
        InputType.Boolean => ValueKind.Boolean,
        _ => ValueKind.Text,
    };

    public Symbol? Add(string name, ValueKind kind, InputDefinition? input, MetricDefinition? metric)
    {
        if (byName.ContainsKey(name))
        {
            return null;
        }

        var symbol = new Symbol(name, kind, all.Count, input, metric);
        byName.Add(name, symbol);
        all.Add(symbol);
        return symbol;
    }

    public Symbol? Find(string name) => byName.TryGetValue(name, out var symbol) ? symbol : null;
}
