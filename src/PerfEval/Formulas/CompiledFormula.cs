using System.Collections.Generic;
using NCalc;
using PerfEval.Rules;

namespace PerfEval.Formulas;

/// <summary>
/// A formula parsed once, checked, and built into a tree of <see cref="FormulaNode"/>s over a <see cref="ValueFrame"/>.
/// Immutable: one instance serves every evaluation on every thread.
/// </summary>
internal sealed class CompiledFormula
{
    // Typed once here, so evaluating casts nothing.
    private readonly NumberNode? number;
    private readonly BooleanNode? boolean;
    private readonly TextNode? text;

    public CompiledFormula(FormulaText source, LogicalExpression tree, FormulaNode root, IReadOnlyList<Symbol> symbols, decimal? weight)
    {
        Source = source;
        Tree = tree;
        Kind = root.Kind;
        number = root as NumberNode;
        boolean = root as BooleanNode;
        text = root as TextNode;
        Reads = System.Linq.Enumerable.ToArray(symbols);
        Symbols = Reads;
        Weight = weight;
    }

    public FormulaText Source { get; }

    public LogicalExpression Tree { get; }

    public ValueKind Kind { get; }

    /// <summary>Gets the inputs and metrics the formula reads, each once, in order of first use.</summary>
    public IReadOnlyList<Symbol> Symbols { get; }

    /// <summary>Gets <see cref="Symbols"/> as an array, for the evaluator's loops.</summary>
    public Symbol[] Reads { get; }

    /// <summary>Gets the value of <c>weight</c> in this formula, or <see langword="null"/> where it has none.</summary>
    public decimal? Weight { get; }

    public decimal EvaluateNumber(ValueFrame frame) => number!.Evaluate(frame);

    public bool EvaluateBoolean(ValueFrame frame) => boolean!.Evaluate(frame);

    public string? EvaluateText(ValueFrame frame) => text!.Evaluate(frame);
}
