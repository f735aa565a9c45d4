using System.Globalization;
using NCalc;
using PerfEval.Benchmarks;
using PerfEval.Evaluation;
using PerfEval.Formulas;
using PerfEval.Inputs;
using PerfEval.Loading;
using PerfEval.Rules;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Benchmarks;

/// <summary>
/// Compiled vs interpreted: every formula of every shipped rule set (rules/*.yaml), compiled by PerfEval to its tree of
/// decimal evaluation nodes, gives exactly what NCalc's own evaluator gives for the same text in decimal mode, on
/// thousands of inputs generated from the rule set's declared inputs (and, for the Yangxi rule sets, on the benchmarks'
/// realistic departments too). NCalc computes the metrics itself, so each side uses its own metric values. The naive
/// NCalc benchmark relies on it; so does the claim that compiling changes nothing but the speed.
/// </summary>
public sealed class CompiledVersusInterpretedTests
{
    private const int Count = 5_000;

    private const ExpressionOptions DecimalMode = ExpressionOptions.DecimalAsDefault | ExpressionOptions.RoundAwayFromZero;

    public static TheoryData<string> RuleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Repo.AllRuleFiles())
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void EveryFormula_ThousandsOfGeneratedInputs_CompiledEqualsNCalcInterpreted(string file)
    {
        var rules = RuleSetLoader.LoadFile(Repo.Rules(file)).GetValueOrThrow();
        var formulas = CompiledFormulas(rules);
        var compared = new int[formulas.Count];
        var seen = new HashSet<(int Formula, bool Value)>();
        var differences = new List<string>();
        var (generated, scored) = (0, 0);
        foreach (var (input, values) in Inputs(rules.Definition, Some.SampleFor(file).Rows))
        {
            generated++;
            var evaluator = new Evaluator(rules.Bind(input).GetValueOrThrow(), null, null);
            if (!evaluator.Run().IsSuccess)
            {
                continue; // A generated zero divides a metric the rules need: PerfEval reports it and scores nothing.
            }

            scored++;
            var frame = evaluator.Frame;
            var scope = new Dictionary<string, object?>(values, StringComparer.Ordinal);
            foreach (var metric in rules.Definition.Metrics)
            {
                if (Run(() => Interpret(metric.Expression.Text, scope)) is { Error: null } outcome)
                {
                    scope[metric.Name] = outcome.Value;
                }
            }

            for (var i = 0; i < formulas.Count; i++)
            {
                var (role, formula) = formulas[i];
                if (!formula.Symbols.All(s => frame.Present[s.Index]))
                {
                    continue; // An optional input is absent, or a metric could not be computed: PerfEval evaluates nothing here.
                }

                if (formula.Weight is { } weight)
                {
                    scope["weight"] = weight;
                }
                else
                {
                    scope.Remove("weight");
                }

                var compiled = Run(() => formula.Kind switch
                {
                    ValueKind.Number => formula.EvaluateNumber(frame),
                    ValueKind.Boolean => formula.EvaluateBoolean(frame),
                    _ => formula.EvaluateText(frame),
                });
                var interpreted = Run(() => Interpret(formula.Source.Text, scope));
                if (!Same(compiled, interpreted))
                {
                    differences.Add(string.Create(CultureInfo.InvariantCulture, $"{input.Subject}, {role} ({formula.Source.Text}): compiled {compiled}, NCalc {interpreted}"));
                }

                compared[i]++;
                if (compiled.Value is bool condition)
                {
                    seen.Add((i, condition));
                }
            }
        }

        Assert.Empty(differences.Take(20));
        Assert.True(scored >= generated * 9 / 10, $"only {scored} of {generated} generated inputs could be scored");
        for (var i = 0; i < formulas.Count; i++)
        {
            var (role, formula) = formulas[i];
            Assert.True(compared[i] >= 100, $"{role} ({formula.Source.Text}) was compared {compared[i]} times");
            if (formula.Kind == ValueKind.Boolean)
            {
                Assert.True(seen.Contains((i, true)) && seen.Contains((i, false)), $"{role} ({formula.Source.Text}) was not seen both true and false");
            }
        }
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void CompiledFormulas_AreEveryFormulaOfTheRuleFile(string file)
    {
        var rules = RuleSetLoader.LoadFile(Repo.Rules(file)).GetValueOrThrow();

        var compiled = CompiledFormulas(rules).Select(f => f.Formula.Source.Text).Order(StringComparer.Ordinal);

        Assert.Equal(FormulaTexts(rules.Definition).Order(StringComparer.Ordinal), compiled);
    }

    [Fact]
    public void NCalc_IntegerLiteralDivision_IsDoubleEvenInDecimalMode_WhichIsWhyPerfEvalCompilesItsOwn()
    {
        // The NCalc 7.4 fact behind FormulaCompiler: 1 / 3 is a double even with DecimalAsDefault, PerfEval's is decimal.
        // No shipped rule file divides two literals, so the comparison above never meets it.
        Assert.IsType<double>(Interpret("1 / 3", new Dictionary<string, object?>()));
        Assert.IsType<decimal>(Interpret("a / 3", new Dictionary<string, object?> { ["a"] = 1m }));
    }

    private static object? Interpret(string text, Dictionary<string, object?> parameters)
        => new Expression(text, DecimalMode, new ExpressionContext { Parameters = parameters }, CultureInfo.InvariantCulture).Evaluate();

    private static Outcome Run(Func<object?> evaluate)
    {
        try
        {
            return new Outcome(evaluate(), null);
        }
        catch (Exception ex)
        {
            return new Outcome(null, ex.GetType().Name);
        }
    }

    /// <summary>The same value (a decimal equal to NCalc's decimal or whole number, the same condition or text), or the same exception.</summary>
    private static bool Same(Outcome compiled, Outcome interpreted) => (compiled.Value, interpreted.Value) switch
    {
        _ when compiled.Error is not null || interpreted.Error is not null => compiled.Error == interpreted.Error,
        (decimal a, decimal b) => a == b,
        (decimal a, int b) => a == b,
        (decimal a, long b) => a == b,
        (bool a, bool b) => a == b,
        (string a, string b) => a == b,
        _ => false,
    };

    /// <summary>The inputs compared: generated from the declared inputs, and the benchmarks' departments for the Yangxi rule sets.</summary>
    private static IEnumerable<(InputValues Input, Dictionary<string, object?> Values)> Inputs(RuleSet rules, IReadOnlyList<InputRow> rows)
    {
        var random = new Random(2023);
        for (var n = 0; n < Count; n++)
        {
            yield return Generate(rules, rows, random, n);
        }

        if (rules.Id == "yangxi-department-overall")
        {
            // Realistic figures: spending and budget parts that add up (or miss by the report's 0.03), band edges hit exactly.
            foreach (var department in Departments.Generate(Count))
            {
                yield return (department.Input, department.Variables);
            }
        }
    }

    /// <summary>
    /// One input drawn from the rule set's declared inputs: optional ones absent now and then; integers within their
    /// bounds; amounts on a coarse grid half the time, so ratios often land exactly on a band edge or threshold, and
    /// zero now and then; every judgement indicator judged within its weight; a project's rows taken from its sample.
    /// </summary>
    private static (InputValues Input, Dictionary<string, object?> Values) Generate(RuleSet rules, IReadOnlyList<InputRow> rows, Random random, int index)
    {
        var builder = InputValues.CreateBuilder().Subject($"generated input {index + 1}");
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var input in rules.Inputs)
        {
            if (!input.Required && random.Next(4) == 0)
            {
                continue;
            }

            var low = input.Min ?? 0m;
            object value = input.Type switch
            {
                InputType.Boolean => random.Next(2) == 0,
                InputType.Integer => (decimal)random.Next((int)low, (int)(input.Max ?? low + 30) + 1),
                InputType.Decimal when random.Next(50) == 0 => low,
                InputType.Decimal => Amount(low, input.Max ?? low + 1000m, random.Next(2) == 0 ? 0.5m : 0.01m, random),
                InputType.Choice => input.Choices[random.Next(input.Choices.Count)],
                _ => "text " + random.Next(3).ToString(CultureInfo.InvariantCulture),
            };
            switch (value)
            {
                case decimal number:
                    builder.Set(input.Name, number);
                    break;
                case bool flag:
                    builder.Set(input.Name, flag);
                    break;
                case string text:
                    builder.Set(input.Name, text);
                    break;
            }

            values[input.Name] = value;
        }

        foreach (var indicator in rules.Indicators.SelectMany(Flatten).Where(i => i.Method is JudgementMethod))
        {
            builder.Judge(indicator.Id, indicator.Weight * random.Next(0, 5) / 4m, "generated");
        }

        foreach (var row in rows)
        {
            builder.Row(row);
        }

        return (builder.Build(), values);
    }

    private static decimal Amount(decimal low, decimal high, decimal step, Random random)
        => low + (random.Next(1, (int)Math.Max(1, (high - low) / step) + 1) * step);

    /// <summary>Every compiled formula: metrics, checks, and each indicator's condition and method formulas.</summary>
    private static List<(string Role, CompiledFormula Formula)> CompiledFormulas(CompiledRuleSet rules)
    {
        var all = new List<(string, CompiledFormula)>();
        all.AddRange(rules.Plan.Metrics.Select(m => ($"metric '{m.Definition.Name}'", m.Formula)));
        all.AddRange(rules.Plan.Checks.Select(c => ($"check '{c.Definition.Id}'", c.Assertion)));
        all.AddRange(rules.Plan.All.SelectMany(p => p.Formulas.Select(f => ($"indicator '{p.Id}'", f))));
        return all;
    }

    /// <summary>Every formula text of the rule file, read from the public model.</summary>
    private static IEnumerable<string> FormulaTexts(RuleSet rules)
        => rules.Metrics.Select(m => m.Expression.Text)
            .Concat(rules.Checks.Select(c => c.Assertion.Text))
            .Concat(rules.Indicators.SelectMany(Flatten).SelectMany(i => (i.AppliesWhen is { } when ? new[] { when.Text } : []).Concat(MethodTexts(i.Method))));

    private static IEnumerable<string> MethodTexts(ScoringMethod? method) => method switch
    {
        FormulaMethod formula => [formula.Score.Text],
        BandsMethod bands => [bands.Value.Text],
        PassFailMethod passFail => [passFail.Condition.Text],
        DeductionMethod deduction => [deduction.Value.Text],
        ChecklistMethod checklist => checklist.Criteria.Select(c => c.Met.Text),
        AlternativesMethod alternatives => alternatives.Options.SelectMany(o => (o.When is { } when ? new[] { when.Text } : []).Concat(MethodTexts(o.Method))),
        _ => [],
    };

    private static IEnumerable<Indicator> Flatten(Indicator indicator) => new[] { indicator }.Concat(indicator.Children.SelectMany(Flatten));

    private readonly record struct Outcome(object? Value, string? Error)
    {
        public override string ToString() => Error is null ? $"{Value} ({Value?.GetType().Name})" : $"threw {Error}";
    }
}
