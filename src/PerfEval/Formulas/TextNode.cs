namespace PerfEval.Formulas;

/// <summary>A formula node that gives text.</summary>
internal abstract class TextNode : FormulaNode
{
    public sealed override ValueKind Kind => ValueKind.Text;

    public abstract string? Evaluate(ValueFrame frame);
}

/// <summary>A string written in the formula.</summary>
internal sealed class TextConstant(string value) : TextNode
{
    public override string? Evaluate(ValueFrame frame) => value;
}

/// <summary>An input or metric that is text, read from its slot.</summary>
internal sealed class TextSlot(int index) : TextNode
{
    public override string? Evaluate(ValueFrame frame) => frame.Texts[index];
}

/// <summary><c>if(c, a, b)</c> and <c>c ? a : b</c> giving text: only the branch taken is evaluated.</summary>
internal sealed class TextIf(BooleanNode condition, TextNode whenTrue, TextNode whenFalse) : TextNode
{
    public override string? Evaluate(ValueFrame frame) => condition.Evaluate(frame) ? whenTrue.Evaluate(frame) : whenFalse.Evaluate(frame);
}
