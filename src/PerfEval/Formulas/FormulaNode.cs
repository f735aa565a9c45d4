namespace PerfEval.Formulas;

/// <summary>
/// One operation of a checked formula, built once at load from NCalc's tree and evaluated over a
/// <see cref="ValueFrame"/>: a <see cref="NumberNode"/>, <see cref="BooleanNode"/> or <see cref="TextNode"/>, by the
/// type of value it gives. Nodes are immutable, so one tree serves every evaluation on every thread.
/// </summary>
internal abstract class FormulaNode
{
    private protected FormulaNode()
    {
    }

    public abstract ValueKind Kind { get; }
}
