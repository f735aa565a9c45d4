using System;
using System.Globalization;
using System.Text;
using NCalc;

namespace PerfEval.Formulas;

/// <summary>Writes a formula back out with the values of one evaluation in place of its names.</summary>
internal static class FormulaPrinter
{
    /// <summary>The decimals shown for a long value in an explanation; the breakdown's values keep every digit.</summary>
    private const int ShownDecimals = 6;

    public static string Substitute(CompiledFormula formula, ValueFrame frame) => Substitute(formula.Tree, formula, frame);

    public static string Substitute(LogicalExpression tree, CompiledFormula formula, ValueFrame frame)
    {
        var text = new StringBuilder();
        Write(tree, formula, frame, text, 0);
        return text.ToString();
    }

    /// <summary>Tells whether a formula is a single name or literal, whose substitution is just its value.</summary>
    public static bool IsAtom(CompiledFormula formula) => formula.Tree is Identifier or ValueExpression;

    /// <summary>Formats a number for an explanation: exact when short, else rounded to 6 decimals and marked with ≈.</summary>
    public static string Number(decimal value)
    {
        var rounded = Math.Round(value, ShownDecimals, MidpointRounding.AwayFromZero);
        var text = rounded.ToString("0.######", CultureInfo.InvariantCulture);
        return rounded == value ? text : "≈" + text;
    }

    private static void Write(LogicalExpression node, CompiledFormula formula, ValueFrame frame, StringBuilder text, int outer)
    {
        switch (node)
        {
            case ValueExpression value:
                text.Append(value.Value switch
                {
                    string s => "'" + s + "'",
                    bool b => b ? "true" : "false",
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    _ => Convert.ToString(value.Value, CultureInfo.InvariantCulture),
                });
                break;
            case Identifier identifier:
                text.Append(Name(identifier.Name, formula, frame));
                break;
            case UnaryExpression unary:
                text.Append(unary.Type == UnaryExpressionType.Not ? "not " : unary.Type == UnaryExpressionType.Negate ? "-" : "+");
                Write(unary.Expression, formula, frame, text, UnaryPrecedence);
                break;
            case BinaryExpression binary:
            {
                var precedence = Precedence(binary.Type);
                var wrap = precedence < outer;
                text.Append(wrap ? "(" : string.Empty);
                Write(binary.LeftExpression, formula, frame, text, precedence);
                text.Append(' ').Append(Operator(binary.Type)).Append(' ');

                // The right operand of - / % binds tighter: a - (b - c) keeps its parentheses.
                Write(binary.RightExpression, formula, frame, text, precedence + 1);
                text.Append(wrap ? ")" : string.Empty);
                break;
            }

            case TernaryExpression ternary:
                text.Append(outer > 0 ? "(" : string.Empty);
                Write(ternary.LeftExpression, formula, frame, text, 1);
                text.Append(" ? ");
                Write(ternary.MiddleExpression, formula, frame, text, 1);
                text.Append(" : ");
                Write(ternary.RightExpression, formula, frame, text, 1);
                text.Append(outer > 0 ? ")" : string.Empty);
                break;
            case Function function:
                text.Append(function.Identifier.Name).Append('(');
                for (var i = 0; i < function.Parameters.Count; i++)
                {
                    text.Append(i > 0 ? ", " : string.Empty);
                    Write(function.Parameters[i], formula, frame, text, 0);
                }

                text.Append(')');
                break;
        }
    }

    private const int UnaryPrecedence = 7;

    private static int Precedence(BinaryExpressionType type) => type switch
    {
        BinaryExpressionType.Or => 1,
        BinaryExpressionType.And => 2,
        BinaryExpressionType.Equal or BinaryExpressionType.NotEqual => 3,
        BinaryExpressionType.Lesser or BinaryExpressionType.LesserOrEqual or BinaryExpressionType.Greater or BinaryExpressionType.GreaterOrEqual => 4,
        BinaryExpressionType.Plus or BinaryExpressionType.Minus => 5,
        _ => 6,
    };

    private static string Name(string name, CompiledFormula formula, ValueFrame frame)
    {
        if (name == "weight" && formula.Weight is { } weight)
        {
            return Number(weight);
        }

        foreach (var symbol in formula.Symbols)
        {
            if (symbol.Name == name && frame.Present[symbol.Index])
            {
                return symbol.Kind switch
                {
                    ValueKind.Number => Number(frame.Numbers[symbol.Index]),
                    ValueKind.Boolean => frame.Booleans[symbol.Index] ? "true" : "false",
                    _ => "'" + frame.Texts[symbol.Index] + "'",
                };
            }
        }

        return name;
    }

    private static string Operator(BinaryExpressionType type) => type switch
    {
        BinaryExpressionType.And => "and",
        BinaryExpressionType.Or => "or",
        BinaryExpressionType.Equal => "=",
        BinaryExpressionType.NotEqual => "!=",
        BinaryExpressionType.Lesser => "<",
        BinaryExpressionType.LesserOrEqual => "<=",
        BinaryExpressionType.Greater => ">",
        BinaryExpressionType.GreaterOrEqual => ">=",
        BinaryExpressionType.Plus => "+",
        BinaryExpressionType.Minus => "-",
        BinaryExpressionType.Times => "*",
        BinaryExpressionType.Div => "/",
        BinaryExpressionType.Modulo => "%",
        _ => type.ToString(),
    };
}
