using System;
using System.Collections.Generic;
using System.Linq;
using PerfEval.Formulas;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Compilation;

/// <summary>
/// A rule set compiled for evaluation: its symbols and their slots, its metrics in the order they can be computed, its
/// checks, its indicator plans in tree order, and the lookups an evaluation needs. Immutable; made by <see cref="RuleSetCompiler"/>.
/// </summary>
internal sealed class RuleSetPlan
{
    public RuleSetPlan(RuleSet definition, SymbolTable symbols, IReadOnlyList<(MetricDefinition Definition, CompiledFormula Formula)> metrics, IReadOnlyList<CheckPlan> checks, IndicatorPlan[] roots, IndicatorPlan[] all)
    {
        Definition = definition;
        Symbols = symbols;
        Metrics = metrics.ToArray();
        Checks = checks.ToArray();
        Roots = roots;
        ShownWeights = Array.ConvertAll(all, p => p.ShownWeight);
        AllScored = new IndicatorStatus[all.Length];
        All = all;
        Leaves = all.Where(p => p.Method is not null).ToArray();
        Conditional = all.Where(p => p.AppliesWhen is not null).ToArray();
        RowGroups = all.Where(p => p.Method is RowsPlan).ToArray();
        Grades = definition.Grades.ToArray();
        GradeResults = Array.ConvertAll(Grades, g => new Grade(g.Level, g.Label));
        Inputs = definition.Inputs.ToArray();
        InputsByName = Inputs.ToDictionary(i => i.Name, i => symbols.Find(i.Name)!, StringComparer.Ordinal);
        RequiredInputs = Inputs.Count(i => i.Required);
        JudgedPlans = all.Where(p => p.JudgementSlot >= 0).OrderBy(p => p.JudgementSlot).ToArray();
        JudgedById = JudgedPlans.ToDictionary(p => p.Id, StringComparer.Ordinal);
        ConditionallyJudged = JudgedPlans.Where(p => p.UnderCondition).ToArray();
        ById = all.ToDictionary(p => p.Id, StringComparer.Ordinal);
        Layout = new ScorecardLayout(definition, Array.ConvertAll(all, p => p.Info), Array.ConvertAll(roots, r => r.Index), Array.ConvertAll(all, p => p.Index), all.ToDictionary(p => p.Id, p => p.Index, StringComparer.Ordinal), RowGroups.Length > 0);
        HasTexts = symbols.All.Any(s => s.Kind == ValueKind.Text);
        MetricFormulas = new CompiledFormula?[symbols.Count];
        foreach (var (metric, formula) in Metrics)
        {
            MetricFormulas[symbols.Find(metric.Name)!.Index] = formula;
        }
    }

    public RuleSet Definition { get; }

    public SymbolTable Symbols { get; }

    public (MetricDefinition Definition, CompiledFormula Formula)[] Metrics { get; }

    /// <summary>Gets each metric's formula by its symbol's index (<see langword="null"/> for inputs).</summary>
    public CompiledFormula?[] MetricFormulas { get; }

    public CheckPlan[] Checks { get; }

    public IndicatorPlan[] Roots { get; }

    /// <summary>
    /// Gets each indicator's declared weight as shown, by index: the weight column of every scorecard in which no
    /// weight moved. Shared, so never written.
    /// </summary>
    public decimal[] ShownWeights { get; }

    /// <summary>Gets a status column of <see cref="IndicatorStatus.Scored"/> only, shared by every scorecard in which every indicator is assessed; never written.</summary>
    public IndicatorStatus[] AllScored { get; }

    /// <summary>Gets what every scorecard shows alike: the rule set's name and scale, each indicator's info and the tree.</summary>
    public ScorecardLayout Layout { get; }

    /// <summary>Gets every indicator in tree (pre-)order: a plan's <see cref="IndicatorPlan.Index"/> is its place here.</summary>
    public IndicatorPlan[] All { get; }

    /// <summary>Gets the indicators that are scored (those with a method), in tree order.</summary>
    public IndicatorPlan[] Leaves { get; }

    /// <summary>Gets the indicators whose rows the input brings (<c>rows</c>), in slot order.</summary>
    public IndicatorPlan[] RowGroups { get; }

    /// <summary>Gets the indicators with a condition (<c>applies_when</c>), in tree order.</summary>
    public IndicatorPlan[] Conditional { get; }

    public GradeBand[] Grades { get; }

    /// <summary>Gets the grade each of <see cref="Grades"/> awards, made once: scorecards share them.</summary>
    public Grade[] GradeResults { get; }

    public InputDefinition[] Inputs { get; }

    /// <summary>Gets the symbols of the declared inputs by name.</summary>
    public Dictionary<string, Symbol> InputsByName { get; }

    /// <summary>Gets how many inputs are required.</summary>
    public int RequiredInputs { get; }

    /// <summary>Gets the indicators an input gives a judgement for (scored by judgement, or with an option that is), by slot.</summary>
    public IndicatorPlan[] JudgedPlans { get; }

    /// <summary>Gets the indicators that take a judgement, by id.</summary>
    public Dictionary<string, IndicatorPlan> JudgedById { get; }

    /// <summary>Gets the indicators that take a judgement and may not be assessed: those with a condition or inside one that has.</summary>
    public IndicatorPlan[] ConditionallyJudged { get; }

    public IReadOnlyDictionary<string, IndicatorPlan> ById { get; }

    /// <summary>Gets the resolved <c>project_form</c> block, or <see langword="null"/>.</summary>
    public ProjectFormPlan? Form { get; init; }

    /// <summary>Gets a value indicating whether any input or metric is text.</summary>
    public bool HasTexts { get; }

    /// <summary>Lists the indicators whose formulas read a name, directly or through metrics.</summary>
    public List<string> UsersOf(string name)
    {
        var metricReaders = new HashSet<string>(StringComparer.Ordinal) { name };
        bool changed;
        do
        {
            changed = false;
            foreach (var (metric, formula) in Metrics)
            {
                if (!metricReaders.Contains(metric.Name) && formula.Symbols.Any(s => metricReaders.Contains(s.Name)))
                {
                    metricReaders.Add(metric.Name);
                    changed = true;
                }
            }
        }
        while (changed);

        return All.Where(p => p.Formulas.Any(f => f.Symbols.Any(s => metricReaders.Contains(s.Name)))).Select(p => p.Id).ToList();
    }
}
