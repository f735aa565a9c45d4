using PerfEval.Formulas;
using PerfEval.Results;
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
        var (left, right) = compiler.CompileSides(assertion, Messages.CheckRole.With(definition.Id));
        return new CheckPlan(definition, assertion, left, right);
    }
}
