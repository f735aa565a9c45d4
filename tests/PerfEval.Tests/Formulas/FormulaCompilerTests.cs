using System.Reflection;
using System.Reflection.Emit;
using PerfEval.Formulas;
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

    [Theory]
    [InlineData("1e-400", "The number 1e-400 in the formula of indicator 'only' would be read as 0: a formula's numbers are decimal, which keep at most 28 decimal places and 28 or 29 significant digits in all.")]
    [InlineData("0.00000000000000000000000000001", "The number 0.00000000000000000000000000001 in the formula of indicator 'only' would be read as 0: a formula's numbers are decimal, which keep at most 28 decimal places and 28 or 29 significant digits in all.")]
    [InlineData("1.00000000000000000000000000001", "The number 1.00000000000000000000000000001 in the formula of indicator 'only' would be read as 1.0000000000000000000000000000: a formula's numbers are decimal, which keep at most 28 decimal places and 28 or 29 significant digits in all.")]
    public void Compile_LiteralDecimalCannotHold_SaysWhatItWouldBeReadAsAndTheRealLimit(string literal, string message)
    {
        var error = Assert.Single(Some.Errors(Rules($"Min(weight, {literal})")), e => e.Code == "PE0305");
        Assert.Equal(message, error.Message);
    }

    /// <summary>
    /// Trimming removed the decimal operators the expression-tree compiler found by reflection, and Native AOT cannot
    /// compile expression trees: no method of PerfEval.Formulas may call into either, so every command runs there.
    /// </summary>
    [Fact]
    public void FormulasNamespace_EveryMethodBody_UsesNoReflectionOrExpressionTrees()
    {
        var offending = new List<string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in typeof(FormulaCompiler).Assembly.GetTypes().Where(t => t.Namespace == typeof(FormulaCompiler).Namespace))
        {
            const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
            {
                foreach (var member in MembersUsed(method))
                {
                    var declaring = member.DeclaringType;
                    used.Add($"{declaring?.Name}.{member.Name}");
                    var ns = declaring?.Namespace ?? string.Empty;
                    if (ns.StartsWith("System.Linq.Expressions", StringComparison.Ordinal)
                        || ns.StartsWith("System.Reflection", StringComparison.Ordinal)
                        || (declaring == typeof(Type) && member.Name != nameof(Type.GetTypeFromHandle)))
                    {
                        offending.Add($"{type.Name}.{method.Name} uses {declaring}.{member.Name}");
                    }
                }
            }
        }

        Assert.Empty(offending);
        Assert.Contains("Decimal.op_Division", used); // the scan reads the nodes' IL: Divide calls the operator directly
    }

    /// <summary>Only PerfEval.Formulas knows NCalc: if NCalc changes, only that folder changes.</summary>
    [Fact]
    public void OutsideFormulas_NoMethodBody_UsesNCalc()
    {
        var offending = new List<string>();
        foreach (var type in typeof(FormulaCompiler).Assembly.GetTypes().Where(t => t.Namespace != typeof(FormulaCompiler).Namespace))
        {
            const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
            {
                offending.AddRange(MembersUsed(method)
                    .Select(m => m as Type ?? m.DeclaringType)
                    .Where(t => t?.Namespace?.StartsWith("NCalc", StringComparison.Ordinal) == true)
                    .Select(t => $"{type.FullName}.{method.Name} uses {t}"));
            }
        }

        Assert.Empty(offending);
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>The methods, fields and types a method body's IL names.</summary>
    internal static IEnumerable<MemberInfo> MembersUsed(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray() ?? [];
        var typeArguments = method.DeclaringType!.IsGenericType ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            var value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            var code = OpCodesByValue[value];
            i += code.Size;
            var operand = code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, i)),
                _ => 4,
            };
            if (code.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                yield return method.Module.ResolveMember(BitConverter.ToInt32(il, i), typeArguments, methodArguments)!;
            }

            i += operand;
        }
    }
}
