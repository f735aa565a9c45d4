using PerfEval.Tests.Support;

namespace PerfEval.Tests.Formulas;

public sealed class FormulaCompilerTests
{
    private static string Rules(string formula) => Some.Header() + $$"""
        inputs: [ { name: execution_rate, type: decimal } ]
        indicators:
          - { id: only, name: 唯一, weight: 100, formula: "{{formula}}" }
        """;

    [Theory]
    [InlineData("weight * excution_rate", "Unknown name 'excution_rate'", "Did you mean 'execution_rate'?")]
    [InlineData("weight * Execution_Rate", "Unknown name 'Execution_Rate'", "Did you mean 'execution_rate'?")]
    [InlineData("Mni(weight, execution_rate)", "Unknown function 'Mni'", "Did you mean 'Min'?")]
    [InlineData("min(weight, execution_rate)", "Unknown function 'min'", "Did you mean 'Min'?")]
    public void Compile_Misspelling_SuggestsTheDeclaredName(string formula, string what, string hint)
    {
        var error = Assert.Single(Some.Errors(Rules(formula)));
        Assert.Contains(what, error.Message, StringComparison.Ordinal);
        Assert.Contains(hint, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("weight ^ 2", "'^' is not supported", "exclusive or, not a power")]
    [InlineData("weight ** 2", "'**' is not supported", "write the product out")]
    [InlineData("weight & 1", "Operator '&' is not supported", "use + - * / %")]
    public void Compile_UnsupportedOperator_NamesItAsWritten(string formula, string what, string hint)
    {
        var error = Assert.Single(Some.Errors(Rules(formula)), e => e.Code == "PE0306");
        Assert.Contains(what, error.Message, StringComparison.Ordinal);
        Assert.Contains(hint, error.Message, StringComparison.Ordinal);
    }
}
