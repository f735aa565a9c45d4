namespace PerfEval.Formulas;

/// <summary>A formula node that gives a condition (true or false).</summary>
internal abstract class BooleanNode : FormulaNode
{
    public sealed override ValueKind Kind => ValueKind.Boolean;

    public abstract bool Evaluate(ValueFrame frame);
}

/// <summary><c>true</c> or <c>false</c> written in the formula.</summary>
internal sealed class BooleanConstant(bool value) : BooleanNode
{
    public override bool Evaluate(ValueFrame frame) => value;
}

/// <summary>An input or metric that is a condition, read from its slot.</summary>
internal sealed class BooleanSlot(int index) : BooleanNode
{
    public override bool Evaluate(ValueFrame frame) => frame.Booleans[index];
}

internal sealed class Not(BooleanNode operand) : BooleanNode
{
    public override bool Evaluate(ValueFrame frame) => !operand.Evaluate(frame);
}

/// <summary><c>a and b</c>: <c>b</c> is evaluated only when <c>a</c> is true.</summary>
internal sealed class And(BooleanNode left, BooleanNode right) : BooleanNode
{
    public override bool Evaluate(ValueFrame frame) => left.Evaluate(frame) && right.Evaluate(frame);
}

/// <summary><c>a or b</c>: <c>b</c> is evaluated only when <c>a</c> is false.</summary>
internal sealed class Or(BooleanNode left, BooleanNode right) : BooleanNode
{
    public override bool Evaluate(ValueFrame frame) => left.Evaluate(frame) || right.Evaluate(frame);
}

/// <summary><c>if(c, a, b)</c> and <c>c ? a : b</c> giving conditions: only the branch taken is evaluated.</summary>
internal sealed class BooleanIf(BooleanNode condition, BooleanNode whenTrue, BooleanNode whenFalse) : BooleanNode
{
    public override bool Evaluate(ValueFrame frame) => condition.Evaluate(frame) ? whenTrue.Evaluate(frame) : whenFalse.Evaluate(frame);
}

internal sealed class Less(NumberNode left, NumberNode right) : BooleanNode
{
    public override bool Evaluate(ValueFrame frame) => left.Evaluate(frame) < right.Evaluate(frame);
}

internal sealed class LessOrEqual(NumberNode left, NumberNode right) : BooleanNode
{
    public override bool Evaluate(ValueFrame frame) => left.Evaluate(frame) <= right.Evaluate(frame);
}

internal sealed class Greater(NumberNode left, NumberNode right) : BooleanNode
{
    public override bool Evaluate(ValueFrame frame) => left.Evaluate(frame) > right.Evaluate(frame);
}

internal sealed class GreaterOrEqual(NumberNode left, NumberNode right) : BooleanNode
{
    public override bool Evaluate(ValueFrame frame) => left.Evaluate(frame) >= right.Evaluate(frame);
}

/// <summary><c>=</c> (or <c>==</c>) between numbers: equal in value, whatever the trailing zeros.</summary>
internal sealed class NumberEqual(NumberNode left, NumberNode right) : BooleanNode
{
    public override bool Evaluate(ValueFrame frame) => left.Evaluate(frame) == right.Evaluate(frame);
}

internal sealed class NumberNotEqual(NumberNode left, NumberNode right) : BooleanNode
{
    public override bool Evaluate(ValueFrame frame) => left.Evaluate(frame) != right.Evaluate(frame);
}

internal sealed class BooleanEqual(BooleanNode left, BooleanNode right) : BooleanNode
{
    public override bool Evaluate(ValueFrame frame) => left.Evaluate(frame) == right.Evaluate(frame);
}

internal sealed class BooleanNotEqual(BooleanNode left, BooleanNode right) : BooleanNode
{
    public override bool Evaluate(ValueFrame frame) => left.Evaluate(frame) != right.Evaluate(frame);
}

/// <summary><c>=</c> between texts: ordinal, character for character.</summary>
internal sealed class TextEqual(TextNode left, TextNode right) : BooleanNode
{
    public override bool Evaluate(ValueFrame frame) => string.Equals(left.Evaluate(frame), right.Evaluate(frame));
}

internal sealed class TextNotEqual(TextNode left, TextNode right) : BooleanNode
{
    public override bool Evaluate(ValueFrame frame) => !string.Equals(left.Evaluate(frame), right.Evaluate(frame));
}
