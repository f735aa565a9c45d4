using System;
using System.Collections.Generic;
using System.Linq;
using PerfEval.Formulas;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Evaluation;

/// <summary>Compiles a validated <see cref="RuleSet"/>: symbols, metrics in dependency order, checks, and indicator plans.</summary>
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
            if (compiler.Compile(check.Assertion, ValueKind.Boolean, null, null, $"check '{check.Id}'") is { } assertion)
            {
                checks.Add(CheckPlan.Create(check, assertion, compiler));
            }
        }

        var all = new List<IndicatorPlan>();
        var roots = ruleSet.Indicators.Select(i => Plan(i, null, all, compiler)).ToList();
        var byId = new Dictionary<string, IndicatorPlan>(StringComparer.Ordinal);
        foreach (var plan in all)
        {
            byId[plan.Id] = plan;
        }

        foreach (var plan in all)
        {
            plan.Symbols = plan.Formulas.SelectMany(f => f.Symbols).Distinct().ToList();
            if (plan.Definition.Fallback is { Kind: FallbackKind.MoveTo, Target: { } target } && byId.TryGetValue(target, out var receiver))
            {
                plan.FallbackTarget = receiver;
            }
        }

        if (!sink.HasErrors)
        {
            // Only on an otherwise clean rule set: an input used by a formula that failed to compile is not unused.
            WarnUnusedInputs(ruleSet, metrics, checks, all, sink);
        }
        return sink.HasErrors ? null : new CompiledRuleSet(ruleSet, symbols, metrics, checks, roots, all, byId);
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
            var formula = compiler.Compile(metric.Expression, null, null, null, $"metric '{metric.Name}'");
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
                    sink.Error(Codes.MetricCycle, $"Metrics refer to each other in a cycle: {string.Join(" → ", cycle)}.", byName[name].Position);
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

    private static IndicatorPlan Plan(Indicator indicator, IndicatorPlan? parent, List<IndicatorPlan> all, FormulaCompiler compiler)
    {
        var path = parent is null ? indicator.Id : parent.Path + "/" + indicator.Id;
        var plan = new IndicatorPlan(indicator, all.Count, parent, path, parent is null ? 1 : parent.Level + 1);
        all.Add(plan);
        if (indicator.AppliesWhen is { } appliesWhen)
        {
            plan.AppliesWhen = compiler.Compile(appliesWhen, ValueKind.Boolean, indicator.Weight, indicator.Id, $"'applies_when' of indicator '{indicator.Id}'");
            if (plan.AppliesWhen is not null)
            {
                plan.Formulas.Add(plan.AppliesWhen);
            }
        }

        if (indicator.Method is { } method)
        {
            plan.Method = PlanMethod(method, indicator, compiler);
            if (plan.Method is not null)
            {
                plan.Formulas.AddRange(plan.Method.Formulas);
            }

            plan.Leaves.Add(plan);
        }

        foreach (var child in indicator.Children)
        {
            var childPlan = Plan(child, plan, all, compiler);
            plan.Children.Add(childPlan);
            plan.Leaves.AddRange(childPlan.Leaves);
        }

        return plan;
    }

    private static MethodPlan? PlanMethod(ScoringMethod method, Indicator indicator, FormulaCompiler compiler)
    {
        var id = indicator.Id;
        var weight = indicator.Weight;
        switch (method)
        {
            case FormulaMethod formula:
                return compiler.Compile(formula.Score, ValueKind.Number, weight, id, $"the formula of indicator '{id}'") is { } score ? new FormulaPlan(score) : null;
            case BandsMethod bands:
                return compiler.Compile(bands.Value, ValueKind.Number, weight, id, $"the banded value of indicator '{id}'") is { } banded ? new BandsPlan(banded, bands) : null;
            case DeductionMethod deduction:
                return compiler.Compile(deduction.Value, ValueKind.Number, weight, id, $"the measured value of indicator '{id}'") is { } measured ? new DeductionPlan(measured, deduction) : null;
            case ChecklistMethod checklist:
            {
                var criteria = checklist.Criteria
                    .Select(c => (c, compiler.Compile(c.Met, ValueKind.Boolean, weight, id, $"criterion '{c.Id}' of indicator '{id}'")))
                    .ToList();
                return criteria.All(c => c.Item2 is not null) ? new ChecklistPlan(criteria.Select(c => (c.c, c.Item2!)).ToList()) : null;
            }

            case PassFailMethod passFail:
                return compiler.Compile(passFail.Condition, ValueKind.Boolean, weight, id, $"the condition of indicator '{id}'") is { } condition ? new PassFailPlan(condition) : null;
            case JudgementMethod:
                return new JudgementPlan();
            case AlternativesMethod alternatives:
            {
                var options = new List<(Alternative, CompiledFormula?, MethodPlan)>();
                var complete = true;
                for (var i = 0; i < alternatives.Options.Count; i++)
                {
                    var option = alternatives.Options[i];
                    var when = option.When is null ? null : compiler.Compile(option.When, ValueKind.Boolean, weight, id, $"the condition of option {i + 1} of indicator '{id}'");
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

    private static void WarnUnusedInputs(RuleSet ruleSet, List<(MetricDefinition, CompiledFormula)> metrics, List<CheckPlan> checks, List<IndicatorPlan> all, DiagnosticSink sink)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var formulas = metrics.Select(m => m.Item2).Concat(checks.Select(c => c.Assertion)).Concat(all.SelectMany(p => p.Formulas));
        foreach (var symbol in formulas.SelectMany(f => f.Symbols))
        {
            used.Add(symbol.Name);
        }

        foreach (var input in ruleSet.Inputs.Where(i => !used.Contains(i.Name)))
        {
            sink.Warning(Codes.UnusedInput, $"Input '{input.Name}' is declared but no formula, metric or check uses it.", input.Position);
        }
    }
}
