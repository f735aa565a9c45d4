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
    // Typed once here, so evaluating casts nothing.
    private readonly Func<ValueFrame, decimal>? number;
    private readonly Func<ValueFrame, bool>? boolean;
    private readonly Func<ValueFrame, string?>? text;

    public CompiledFormula(FormulaText source, LogicalExpression tree, ValueKind kind, Delegate function, IReadOnlyList<Symbol> symbols, decimal? weight)
    {
        Source = source;
        Tree = tree;
        Kind = kind;
        Function = function;
        number = function as Func<ValueFrame, decimal>;
        boolean = function as Func<ValueFrame, bool>;
        text = function as Func<ValueFrame, string?>;
        Reads = System.Linq.Enumerable.ToArray(symbols);
        Symbols = Reads;
        Weight = weight;
    }

    public FormulaText Source { get; }

    public LogicalExpression Tree { get; }

    public ValueKind Kind { get; }

    public Delegate Function { get; }

    /// <summary>Gets the inputs and metrics the formula reads, each once, in order of first use.</summary>
    public IReadOnlyList<Symbol> Symbols { get; }

    /// <summary>Gets <see cref="Symbols"/> as an array, for the evaluator's loops.</summary>
    public Symbol[] Reads { get; }

    /// <summary>Gets the value of <c>weight</c> in this formula, or <see langword="null"/> where it has none.</summary>
    public decimal? Weight { get; }

    public decimal EvaluateNumber(ValueFrame frame) => number!(frame);

    public bool EvaluateBoolean(ValueFrame frame) => boolean!(frame);

    public string? EvaluateText(ValueFrame frame) => text!(frame);
}
