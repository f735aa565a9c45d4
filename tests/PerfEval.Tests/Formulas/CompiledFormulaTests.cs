using System.Globalization;
using PerfEval.Formulas;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Tests.Formulas;

/// <summary>
/// Each operation of a compiled formula, evaluated over a frame: the exact decimal (trailing zeros included), the
/// rounding midpoint, the arithmetic exceptions the evaluator reports, and the operands <c>and</c>, <c>or</c>, <c>if</c>
/// and <c>? :</c> leave unevaluated.
/// </summary>
public sealed class CompiledFormulaTests
{
    // The symbols of every formula here: numbers a and b, conditions p and q, text t.
    private const int A = 0, B = 1, P = 2, Q = 3, T = 4;

    [Theory]
    [InlineData("a + b", "1.5", "2.25", "3.75")]
    [InlineData("a - b", "1.5", "2.25", "-0.75")]
    [InlineData("a * b", "1.5", "2.25", "3.375")]
    [InlineData("a * b", "1.50", "2", "3.00")] // decimal keeps the scale: 1.50 × 2 is 3.00, not 3
    [InlineData("a / b", "1", "3", "0.3333333333333333333333333333")]
    [InlineData("1 / 3", "0", "0", "0.3333333333333333333333333333")] // integer literals divide as decimal, not double
    [InlineData("2 / 3 * 3", "0", "0", "2.0000000000000000000000000001")] // decimal's own rounding, not exact fractions
    [InlineData("a % b", "7.5", "2", "1.5")]
    [InlineData("a % b", "-7.5", "2", "-1.5")]
    [InlineData("-a", "1.5", "0", "-1.5")]
    [InlineData("- -a", "1.5", "0", "1.5")]
    [InlineData("weight * a", "0.9657", "0", "9.6570")] // weight is 10
    [InlineData("a + b * 2", "1", "2", "5")] // * before +
    [InlineData("(a + b) * 2", "1", "2", "6")]
    [InlineData("a - b - 1", "5", "2", "2")] // left to right
    [InlineData("a / b / 2", "12", "3", "2")]
    [InlineData("Abs(a)", "-2.50", "0", "2.50")]
    [InlineData("Ceiling(a)", "2.1", "0", "3")]
    [InlineData("Ceiling(a)", "-2.1", "0", "-2")]
    [InlineData("Floor(a)", "-2.1", "0", "-3")]
    [InlineData("Truncate(a)", "-2.7", "0", "-2")]
    [InlineData("Sign(a)", "-0.01", "0", "-1")]
    [InlineData("Sign(a)", "0.00", "0", "0")]
    [InlineData("Sign(a)", "7", "0", "1")]
    [InlineData("Min(a, b)", "1", "0.9657", "0.9657")]
    [InlineData("Min(a, b)", "2", "3", "2")]
    [InlineData("Max(a, b)", "1", "0.9657", "1")]
    [InlineData("Max(a, b)", "-1", "-2", "-1")]
    [InlineData("if(a > b, a, b)", "1", "2", "2")]
    [InlineData("if(a > b, a, b)", "3", "2", "3")]
    [InlineData("a > b ? a - b : b - a", "1", "4", "3")]
    [InlineData("weight * Min(1, a / b)", "96.57", "100", "9.6570")]
    public void EvaluateNumber_Formula_GivesTheExactDecimal(string text, string a, string b, string expected)
    {
        var formula = Compile(text);

        Assert.Equal(ValueKind.Number, formula.Kind);
        Assert.Equal(expected, formula.EvaluateNumber(Frame(a, b)).ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("Round(a, 1)", "2.25", "away_from_zero", "2.3")]
    [InlineData("Round(a, 1)", "2.25", "to_even", "2.2")]
    [InlineData("Round(a, 1)", "2.35", "to_even", "2.4")]
    [InlineData("Round(a, 1)", "-2.25", "away_from_zero", "-2.3")]
    [InlineData("Round(a, 1)", "-2.25", "to_even", "-2.2")]
    [InlineData("Round(a, 0)", "0.5", "away_from_zero", "1")]
    [InlineData("Round(a, 0)", "0.5", "to_even", "0")]
    [InlineData("Round(a, 2)", "2.3449", "away_from_zero", "2.34")] // not a midpoint
    [InlineData("Round(a, 3)", "2.5", "away_from_zero", "2.5")] // already shorter: no zeros added
    public void EvaluateNumber_Round_UsesTheRuleSetMidpoint(string text, string a, string midpoint, string expected)
    {
        var mode = midpoint == "to_even" ? MidpointRounding.ToEven : MidpointRounding.AwayFromZero;

        var formula = Compile(text, mode);

        Assert.Equal(expected, formula.EvaluateNumber(Frame(a, "0")).ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("a / b", "1", "0")]
    [InlineData("a / (b - b)", "1", "2")]
    [InlineData("a % b", "1", "0")]
    [InlineData("if(a > 0, a / b, 0)", "1", "0")] // the branch taken divides
    [InlineData("Min(1, a / b)", "1", "0")]
    public void EvaluateNumber_DivisionByZero_ThrowsDivideByZeroException(string text, string a, string b)
    {
        var formula = Compile(text);

        Assert.Throws<DivideByZeroException>(() => formula.EvaluateNumber(Frame(a, b)));
    }

    [Theory]
    [InlineData("a * b", "79228162514264337593543950335", "2")]
    [InlineData("a + b", "79228162514264337593543950335", "1")]
    [InlineData("a - b", "-79228162514264337593543950335", "1")]
    [InlineData("a / b", "79228162514264337593543950335", "0.5")]
    [InlineData("Round(a * b, 2)", "79228162514264337593543950335", "10")]
    public void EvaluateNumber_BeyondDecimalRange_ThrowsOverflowException(string text, string a, string b)
    {
        var formula = Compile(text);

        Assert.Throws<OverflowException>(() => formula.EvaluateNumber(Frame(a, b)));
    }

    [Theory]
    [InlineData("b = 0 or a / b > 1", true)] // or: the right side would divide by zero
    [InlineData("b <> 0 and a / b > 1", false)] // and: likewise
    [InlineData("not (b <> 0 and a / b > 1)", true)]
    [InlineData("if(b = 0, true, a / b > 1)", true)]
    [InlineData("if(b <> 0, a / b > 1, false)", false)]
    [InlineData("b = 0 ? true : a / b > 1", true)]
    public void EvaluateBoolean_OperandNotNeeded_IsNotEvaluated(string text, bool expected)
    {
        var formula = Compile(text);

        Assert.Equal(expected, formula.EvaluateBoolean(Frame("1", "0")));
    }

    [Theory]
    [InlineData("if(b = 0, 0, a / b)", "0")]
    [InlineData("b = 0 ? 0 : a / b", "0")]
    [InlineData("if(b <> 0, a / b, -1)", "-1")]
    public void EvaluateNumber_BranchNotTaken_IsNotEvaluated(string text, string expected)
    {
        var formula = Compile(text);

        Assert.Equal(expected, formula.EvaluateNumber(Frame("1", "0")).ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("a / b > 1 or b = 0")] // the left side comes first, whatever the right side would say
    [InlineData("a / b > 1 and b <> 0")]
    [InlineData("if(a / b > 1, true, true)")]
    public void EvaluateBoolean_FirstOperandDividesByZero_Throws(string text)
    {
        var formula = Compile(text);

        Assert.Throws<DivideByZeroException>(() => formula.EvaluateBoolean(Frame("1", "0")));
    }

    [Theory]
    [InlineData("a < b", "1", "2", true)]
    [InlineData("a < b", "2", "2", false)]
    [InlineData("a <= b", "2", "2.00", true)]
    [InlineData("a > b", "2", "2", false)]
    [InlineData("a > b", "-1", "-2", true)]
    [InlineData("a >= b", "2.00", "2", true)]
    [InlineData("a >= b", "1.99", "2", false)]
    [InlineData("a = b", "1.0", "1", true)] // equal in value, whatever the trailing zeros
    [InlineData("a == b", "1", "1.000", true)]
    [InlineData("a = b", "1", "1.0000000000000000000000000001", false)]
    [InlineData("a <> b", "1", "2", true)]
    [InlineData("a != b", "1.0", "1", false)]
    [InlineData("a + b = 0.3", "0.1", "0.2", true)] // decimal, not double
    [InlineData("not (a < b)", "1", "2", false)]
    [InlineData("a < b and b < 3", "1", "2", true)]
    [InlineData("a < b and b < 2", "1", "2", false)]
    [InlineData("a > b or b < 3", "1", "2", true)]
    [InlineData("a > b or b > 3", "1", "2", false)]
    public void EvaluateBoolean_Comparison_GivesTheCondition(string text, string a, string b, bool expected)
    {
        var formula = Compile(text);

        Assert.Equal(ValueKind.Boolean, formula.Kind);
        Assert.Equal(expected, formula.EvaluateBoolean(Frame(a, b)));
    }

    [Theory]
    [InlineData("p", true, false, true)]
    [InlineData("not p", true, false, false)]
    [InlineData("!p", false, false, true)]
    [InlineData("p and q", true, false, false)]
    [InlineData("p and q", true, true, true)]
    [InlineData("p or q", false, false, false)]
    [InlineData("p or q", false, true, true)]
    [InlineData("p && q", true, true, true)]
    [InlineData("p || q", false, true, true)]
    [InlineData("p = q", false, false, true)]
    [InlineData("p = q", true, false, false)]
    [InlineData("p <> q", true, false, true)]
    [InlineData("p = true", true, false, true)]
    [InlineData("false", true, true, false)]
    [InlineData("if(p, q, not q)", false, true, false)]
    [InlineData("p ? q : true", true, false, false)]
    public void EvaluateBoolean_Conditions_Combine(string text, bool p, bool q, bool expected)
    {
        var formula = Compile(text);

        Assert.Equal(expected, formula.EvaluateBoolean(Frame("0", "0", p, q)));
    }

    [Theory]
    [InlineData("t = '甲'", "甲", true)]
    [InlineData("t = '甲'", "乙", false)]
    [InlineData("t <> '甲'", "乙", true)]
    [InlineData("t = 'A'", "a", false)] // ordinal: case counts
    [InlineData("'x' = 'x'", "", true)]
    public void EvaluateBoolean_TextComparison_IsOrdinal(string text, string t, bool expected)
    {
        var formula = Compile(text);

        Assert.Equal(expected, formula.EvaluateBoolean(Frame("0", "0", text: t)));
    }

    [Theory]
    [InlineData("t", "甲", "甲")]
    [InlineData("'常量'", "甲", "常量")]
    [InlineData("if(p, t, '否')", "甲", "甲")]
    [InlineData("if(not p, t, '否')", "甲", "否")]
    [InlineData("p ? '是' : t", "甲", "是")]
    public void EvaluateText_Formula_GivesTheText(string text, string t, string expected)
    {
        var formula = Compile(text);

        Assert.Equal(ValueKind.Text, formula.Kind);
        Assert.Equal(expected, formula.EvaluateText(Frame("0", "0", p: true, text: t)));
    }

    [Fact]
    public void Compile_SymbolsRead_AreListedOnceInOrderOfFirstUse()
    {
        var formula = Compile("if(p, b + a * b, a)");

        Assert.Equal(["p", "b", "a"], formula.Symbols.Select(s => s.Name));
        Assert.Equal(10m, formula.Weight);
    }

    private static CompiledFormula Compile(string text, MidpointRounding midpoint = MidpointRounding.AwayFromZero)
    {
        var symbols = new SymbolTable();
        symbols.Add("a", ValueKind.Number, null, null);
        symbols.Add("b", ValueKind.Number, null, null);
        symbols.Add("p", ValueKind.Boolean, null, null);
        symbols.Add("q", ValueKind.Boolean, null, null);
        symbols.Add("t", ValueKind.Text, null, null);
        var sink = new DiagnosticSink("test.yaml");
        var compiler = new FormulaCompiler(symbols, midpoint, sink, [], new FormulaLimits(1000, 32));

        var formula = compiler.Compile(new FormulaText(text, new SourcePosition("test.yaml", 1, 1), ScalarLayout.Inline), null, 10m, "only", Messages.TheScore.With());

        Assert.True(formula is not null, string.Join("\n", sink.Items));
        return formula;
    }

    private static ValueFrame Frame(string a, string b, bool p = false, bool q = false, string? text = null)
    {
        var frame = new ValueFrame(5, texts: true);
        frame.Numbers[A] = decimal.Parse(a, NumberStyles.Float, CultureInfo.InvariantCulture);
        frame.Numbers[B] = decimal.Parse(b, NumberStyles.Float, CultureInfo.InvariantCulture);
        frame.Booleans[P] = p;
        frame.Booleans[Q] = q;
        frame.Texts[T] = text;
        return frame;
    }
}
