using System;
using System.Collections.Generic;
using NCalc;
using PerfEval.Rules;

namespace PerfEval.Formulas;

/// <summary>
/// A formula parsed once, checked, and compiled to a delegate over a <see cref="ValueFrame"/>.
/// Immutable: one instance serves every evaluation on every thread.
/// </summary>
internal sealed class CompiledFormula
{
    public CompiledFormula(FormulaText source, LogicalExpression tree, ValueKind kind, Delegate function, IReadOnlyList<Symbol> symbols, decimal? weight)
    {
        Source = source;
        Tree = tree;
        Kind = kind;
        Function = function;
        Symbols = symbols;
        Weight = weight;
    }

    public FormulaText Source { get; }

    public LogicalExpression Tree { get; }

    public ValueKind Kind { get; }

    public Delegate Function { get; }

    /// <summary>Gets the inputs and metrics the formula reads, each once, in order of first use.</summary>
    public IReadOnlyList<Symbol> Symbols { get; }

    /// <summary>Gets the value of <c>weight</c> in this formula, or <see langword="null"/> where it has none.</summary>
    public decimal? Weight { get; }

    public decimal EvaluateNumber(ValueFrame frame) => ((Func<ValueFrame, decimal>)Function)(frame);

    public bool EvaluateBoolean(ValueFrame frame) => ((Func<ValueFrame, bool>)Function)(frame);

    public string? EvaluateText(ValueFrame frame) => ((Func<ValueFrame, string?>)Function)(frame);
}
