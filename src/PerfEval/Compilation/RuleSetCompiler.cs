using System;
using System.Collections.Generic;
using System.Linq;
using PerfEval.Evaluation;
using PerfEval.Formulas;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Compilation;

/// <summary>
/// Compiles a validated <see cref="RuleSet"/> into a finished <see cref="RuleSetPlan"/>: symbols, metrics in dependency
/// order, checks, and indicator plans in tree order, each complete when made.
/// </summary>
internal static class RuleSetCompiler
{
    public static CompiledRuleSet? Compile(RuleSet ruleSet, DiagnosticSink sink, FormulaLimits formulaLimits)
    {
        var symbols = new SymbolTable();
        foreach (var input in ruleSet.Inputs)
        {
            symbols.Add(input.Name, SymbolTable.KindOf(input.Type), input, null);
        }

        var compiler = new FormulaCompiler(symbols, ruleSet.Rounding.Mode, sink, ruleSet.Metrics.Select(m => m.Name), formulaLimits);
        var metrics = CompileMetrics(ruleSet, symbols, compiler, sink, formulaLimits);
        var checks = new List<CheckPlan>();
        foreach (var check in ruleSet.Checks)
        {
            if (compiler.Compile(check.Assertion, ValueKind.Boolean, null, null, Messages.CheckRole.With(check.Id)) is { } assertion)
            {
                checks.Add(CheckPlan.Create(check, assertion, compiler));
            }
        }

        // Indices are places in tree pre-order, known before any plan is made, so a plan can name the indicator its
        // weight moves to whether that comes before or after it.
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = 0;
        Number(ruleSet.Indicators, order, ref count);
        var tree = new TreeBuilder(compiler, order, ruleSet, sink);
        var roots = ruleSet.Indicators.Select(i => tree.Plan(i, null, false)).ToArray();
        var all = tree.All.ToArray();

        var usedByReport = ReportTemplateChecker.Check(ruleSet, symbols, sink);
        var form = ProjectFormPlan.Create(ruleSet, symbols, order, usedByReport, sink);
        if (!sink.HasErrors)
        {
            // Only on an otherwise clean rule set: an input used by a formula that failed to compile is not unused.
            WarnUnusedInputs(ruleSet, metrics, checks, all, usedByReport, sink);
        }
        return sink.HasErrors ? null : new CompiledRuleSet(new RuleSetPlan(ruleSet, symbols, metrics, checks, roots, all) { Form = form });
    }

    private static void Number(IEnumerable<Indicator> indicators, Dictionary<string, int> order, ref int count)
    {
        foreach (var indicator in indicators)
        {
            if (!order.ContainsKey(indicator.Id))
            {
                order.Add(indicator.Id, count);
            }

            count++;
            Number(indicator.Children, order, ref count);
        }
    }

    private static List<(MetricDefinition, CompiledFormula)> CompileMetrics(RuleSet ruleSet, SymbolTable symbols, FormulaCompiler compiler, DiagnosticSink sink, FormulaLimits limits)
    {
        var byName = ruleSet.Metrics.GroupBy(m => m.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var depends = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var metric in byName.Values)
        {
            var tree = FormulaCompiler.TryParse(metric.Expression.Text, limits, out _, out _, out _);
            depends[metric.Name] = tree is null ? new List<string>() : FormulaNames.Collect(tree).Where(byName.ContainsKey).ToList();
        }

        var ordered = new List<MetricDefinition>();
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 visiting, 2 done
        var inCycle = new HashSet<string>(StringComparer.Ordinal);
        foreach (var metric in ruleSet.Metrics)
        {
            Visit(metric.Name, new List<string>());
        }

        var compiled = new List<(MetricDefinition, CompiledFormula)>();
        foreach (var metric in ordered.Where(m => !inCycle.Contains(m.Name)))
        {
            var formula = compiler.Compile(metric.Expression, null, null, null, Messages.MetricRole.With(metric.Name));
            if (formula is not null)
            {
                symbols.Add(metric.Name, formula.Kind, null, metric);
                compiled.Add((metric, formula));
            }
        }

        return compiled;

        void Visit(string name, List<string> path)
        {
            if (state.TryGetValue(name, out var s))
            {
                if (s == 1)
                {
                    var members = path.Skip(path.IndexOf(name)).ToList();
                    inCycle.UnionWith(members);
                    var cycle = members.Append(name);
                    sink.Error(Codes.MetricCycle, Messages.MetricCycle.With(NameList.Chain(cycle)), byName[name].Position);
                }

                return;
            }

            state[name] = 1;
            path.Add(name);
            foreach (var dependency in depends[name])
            {
                Visit(dependency, path);
            }

            path.RemoveAt(path.Count - 1);
            state[name] = 2;
            ordered.Add(byName[name]);
        }
    }

    /// <summary>Makes the indicator plans, each after its children, numbering them in tree pre-order on the way down.</summary>
    private sealed class TreeBuilder
    {
        private readonly FormulaCompiler compiler;
        private readonly Dictionary<string, int> order;
        private readonly Rounding rounding;
        private readonly DiagnosticSink sink;
        private readonly List<IndicatorPlan?> all = new();
        private readonly RuleSet ruleSet;
        private int judged;
        private int rowGroups;

        public TreeBuilder(FormulaCompiler compiler, Dictionary<string, int> order, RuleSet ruleSet, DiagnosticSink sink)
        {
            this.ruleSet = ruleSet;
            this.sink = sink;
            this.compiler = compiler;
            this.order = order;
            rounding = ruleSet.Rounding;
        }

        public IEnumerable<IndicatorPlan> All => all!;

        public IndicatorPlan Plan(Indicator indicator, (int Index, string Path, int Level)? parent, bool underCondition)
        {
            var index = all.Count;
            all.Add(null);
            var path = parent is { } p ? p.Path + "/" + indicator.Id : indicator.Id;
            var level = parent is { } q ? q.Level + 1 : 1;
            var appliesWhen = indicator.AppliesWhen is { } condition
                ? compiler.Compile(condition, ValueKind.Boolean, indicator.Weight, indicator.Id, Messages.AppliesWhenOfIndicator.With(indicator.Id))
                : null;
            underCondition |= appliesWhen is not null;
            var method = indicator.Rows is { } rows ? new RowsPlan(rows, rowGroups++, ruleSet)
                : indicator.Method is { } m ? PlanMethod(m, indicator, compiler) : null;
            var judgementSlot = TakesJudgement(indicator.Method) ? judged++ : -1;
            var children = indicator.Children.Select(c => Plan(c, (index, path, level), underCondition)).ToArray();
            var target = indicator.Fallback is { Kind: FallbackKind.MoveTo, Target: { } id } && order.TryGetValue(id, out var at) ? at : -1;
            var plan = new IndicatorPlan(indicator, index, all.Count, parent?.Index ?? -1, path, level, appliesWhen, underCondition, method, children, target, judgementSlot, rounding.Apply(indicator.Weight));
            all[index] = plan;
            return plan;
        }

        private static bool TakesJudgement(ScoringMethod? method) => method switch
        {
            JudgementMethod => true,
            AlternativesMethod alternatives => alternatives.Options.Any(o => o.Method is JudgementMethod),
            _ => false,
        };
    }

    private static MethodPlan? PlanMethod(ScoringMethod method, Indicator indicator, FormulaCompiler compiler)
    {
        var id = indicator.Id;
        var weight = indicator.Weight;
        switch (method)
        {
            case FormulaMethod formula:
                return compiler.Compile(formula.Score, ValueKind.Number, weight, id, Messages.FormulaOfIndicator.With(id)) is { } score ? new FormulaPlan(score) : null;
            case BandsMethod bands:
                return compiler.Compile(bands.Value, ValueKind.Number, weight, id, Messages.BandedValueOfIndicator.With(id)) is { } banded ? new BandsPlan(banded, bands) : null;
            case DeductionMethod deduction:
                return compiler.Compile(deduction.Value, ValueKind.Number, weight, id, Messages.MeasuredValueOfIndicator.With(id)) is { } measured ? new DeductionPlan(measured, deduction) : null;
            case ChecklistMethod checklist:
            {
                var criteria = checklist.Criteria
                    .Select(c => (c, compiler.Compile(c.Met, ValueKind.Boolean, weight, id, Messages.CriterionOfIndicator.With(c.Id, id))))
                    .ToList();
                return criteria.All(c => c.Item2 is not null) ? new ChecklistPlan(criteria.Select(c => (c.c, c.Item2!)).ToList()) : null;
            }

            case PassFailMethod passFail:
                return compiler.Compile(passFail.Condition, ValueKind.Boolean, weight, id, Messages.ConditionOfIndicator.With(id)) is { } condition ? new PassFailPlan(condition) : null;
            case JudgementMethod:
                return new JudgementPlan();
            case AlternativesMethod alternatives:
            {
                var options = new List<(Alternative, CompiledFormula?, MethodPlan)>();
                var complete = true;
                for (var i = 0; i < alternatives.Options.Count; i++)
                {
                    var option = alternatives.Options[i];
                    var when = option.When is null ? null : compiler.Compile(option.When, ValueKind.Boolean, weight, id, Messages.OptionConditionOfIndicator.With(i + 1, id));
                    var plan = option.Method is AlternativesMethod ? null : PlanMethod(option.Method, indicator, compiler);
                    if (plan is null || (option.When is not null && when is null))
                    {
                        complete = false;
                        continue;
                    }

                    options.Add((option, when, plan));
                }

                return complete ? new AlternativesPlan(options) : null;
            }

            default:
                throw new InvalidOperationException($"Unknown scoring method {method.GetType().Name}.");
        }
    }

    private static void WarnUnusedInputs(RuleSet ruleSet, List<(MetricDefinition, CompiledFormula)> metrics, List<CheckPlan> checks, IndicatorPlan[] all, HashSet<string> used, DiagnosticSink sink)
    {
        var formulas = metrics.Select(m => m.Item2).Concat(checks.Select(c => c.Assertion)).Concat(all.SelectMany(p => p.Formulas));
        foreach (var symbol in formulas.SelectMany(f => f.Symbols))
        {
            used.Add(symbol.Name);
        }

        foreach (var input in ruleSet.Inputs.Where(i => !used.Contains(i.Name)))
        {
            sink.Warning(Codes.UnusedInput, Messages.UnusedInput.With(input.Name), input.Position);
        }
    }
}
