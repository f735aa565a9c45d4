using System.Collections.Generic;
using NCalc;

namespace PerfEval.Formulas;

/// <summary>Lists the names a parsed formula refers to (functions excluded).</summary>
internal static class FormulaNames
{
    public static List<string> Collect(LogicalExpression tree)
    {
        var names = new List<string>();
        Walk(tree, names);
        return names;
    }

    private static void Walk(LogicalExpression node, List<string> names)
    {
        switch (node)
        {
            case Identifier identifier:
                if (!names.Contains(identifier.Name))
                {
                    names.Add(identifier.Name);
                }

                break;
            case UnaryExpression unary:
                Walk(unary.Expression, names);
                break;
            case BinaryExpression binary:
                Walk(binary.LeftExpression, names);
                Walk(binary.RightExpression, names);
                break;
            case TernaryExpression ternary:
                Walk(ternary.LeftExpression, names);
                Walk(ternary.MiddleExpression, names);
                Walk(ternary.RightExpression, names);
                break;
            case Function function:
                for (var i = 0; i < function.Parameters.Count; i++)
                {
                    Walk(function.Parameters[i], names);
                }

                break;
        }
    }
}
