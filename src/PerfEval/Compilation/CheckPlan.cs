using NCalc;
using PerfEval.Formulas;
using PerfEval.Rules;

namespace PerfEval.Compilation;

/// <summary>A compiled consistency check; a comparison also compiles its two sides, so a warning can show both values.</summary>
internal sealed class CheckPlan
{
    public CheckPlan(CheckDefinition definition, CompiledFormula assertion, CompiledFormula? left, CompiledFormula? right)
    {
        Definition = definition;
        Assertion = assertion;
        Left = left;
        Right = right;
    }

    public CheckDefinition Definition { get; }

    public CompiledFormula Assertion { get; }

    public CompiledFormula? Left { get; }

    public CompiledFormula? Right { get; }

    public static CheckPlan Create(CheckDefinition definition, CompiledFormula assertion, FormulaCompiler compiler)
    {
        if (assertion.Tree is BinaryExpression { Type: BinaryExpressionType.Equal or BinaryExpressionType.NotEqual or BinaryExpressionType.Lesser or BinaryExpressionType.LesserOrEqual or BinaryExpressionType.Greater or BinaryExpressionType.GreaterOrEqual } comparison)
        {
            var role = $"check '{definition.Id}'";
            var left = compiler.CompileTree(comparison.LeftExpression, definition.Assertion, null, null, null, role);
            var right = compiler.CompileTree(comparison.RightExpression, definition.Assertion, null, null, null, role);
            if (left is { Kind: ValueKind.Number } && right is { Kind: ValueKind.Number })
            {
                return new CheckPlan(definition, assertion, left, right);
            }
        }

        return new CheckPlan(definition, assertion, null, null);
    }
}
