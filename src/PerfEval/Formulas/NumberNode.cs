using System;

namespace PerfEval.Formulas;

/// <summary>
/// A formula node that gives a number. Arithmetic is C#'s <c>decimal</c> arithmetic, which throws
/// <see cref="DivideByZeroException"/> and <see cref="OverflowException"/>; the evaluator reports both.
/// </summary>
internal abstract class NumberNode : FormulaNode
{
    public sealed override ValueKind Kind => ValueKind.Number;

    public abstract decimal Evaluate(ValueFrame frame);
}

/// <summary>A number written in the formula, or the indicator's <c>weight</c>.</summary>
internal sealed class NumberConstant(decimal value) : NumberNode
{
    public override decimal Evaluate(ValueFrame frame) => value;
}

/// <summary>An input or metric that is a number, read from its slot.</summary>
internal sealed class NumberSlot(int index) : NumberNode
{
    public override decimal Evaluate(ValueFrame frame) => frame.Numbers[index];
}

internal sealed class Negate(NumberNode operand) : NumberNode
{
    public override decimal Evaluate(ValueFrame frame) => -operand.Evaluate(frame);
}

internal sealed class Add(NumberNode left, NumberNode right) : NumberNode
{
    public override decimal Evaluate(ValueFrame frame) => left.Evaluate(frame) + right.Evaluate(frame);
}

internal sealed class Subtract(NumberNode left, NumberNode right) : NumberNode
{
    public override decimal Evaluate(ValueFrame frame) => left.Evaluate(frame) - right.Evaluate(frame);
}

internal sealed class Multiply(NumberNode left, NumberNode right) : NumberNode
{
    public override decimal Evaluate(ValueFrame frame) => left.Evaluate(frame) * right.Evaluate(frame);
}

internal sealed class Divide(NumberNode left, NumberNode right) : NumberNode
{
    public override decimal Evaluate(ValueFrame frame) => left.Evaluate(frame) / right.Evaluate(frame);
}

internal sealed class Modulo(NumberNode left, NumberNode right) : NumberNode
{
    public override decimal Evaluate(ValueFrame frame) => left.Evaluate(frame) % right.Evaluate(frame);
}

/// <summary><c>if(c, a, b)</c> and <c>c ? a : b</c> giving numbers: only the branch taken is evaluated.</summary>
internal sealed class NumberIf(BooleanNode condition, NumberNode whenTrue, NumberNode whenFalse) : NumberNode
{
    public override decimal Evaluate(ValueFrame frame) => condition.Evaluate(frame) ? whenTrue.Evaluate(frame) : whenFalse.Evaluate(frame);
}

internal sealed class AbsCall(NumberNode x) : NumberNode
{
    public override decimal Evaluate(ValueFrame frame) => Math.Abs(x.Evaluate(frame));
}

internal sealed class CeilingCall(NumberNode x) : NumberNode
{
    public override decimal Evaluate(ValueFrame frame) => Math.Ceiling(x.Evaluate(frame));
}

internal sealed class FloorCall(NumberNode x) : NumberNode
{
    public override decimal Evaluate(ValueFrame frame) => Math.Floor(x.Evaluate(frame));
}

internal sealed class TruncateCall(NumberNode x) : NumberNode
{
    public override decimal Evaluate(ValueFrame frame) => Math.Truncate(x.Evaluate(frame));
}

/// <summary><c>Sign(x)</c>: -1, 0 or 1, as a number.</summary>
internal sealed class SignCall(NumberNode x) : NumberNode
{
    public override decimal Evaluate(ValueFrame frame) => Math.Sign(x.Evaluate(frame));
}

/// <summary><c>Round(x, digits)</c>, with the rule set's midpoint rule; the digits are written in the formula.</summary>
internal sealed class RoundCall(NumberNode x, int digits, MidpointRounding midpoint) : NumberNode
{
    public override decimal Evaluate(ValueFrame frame) => Math.Round(x.Evaluate(frame), digits, midpoint);
}

internal sealed class MinCall(NumberNode a, NumberNode b) : NumberNode
{
    public override decimal Evaluate(ValueFrame frame) => Math.Min(a.Evaluate(frame), b.Evaluate(frame));
}

internal sealed class MaxCall(NumberNode a, NumberNode b) : NumberNode
{
    public override decimal Evaluate(ValueFrame frame) => Math.Max(a.Evaluate(frame), b.Evaluate(frame));
}
