using System;
using System.Collections.Generic;
using System.Linq;
using PerfEval.Formulas;
using PerfEval.Inputs;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Evaluation;

/// <summary>
/// A rule set loaded, validated and compiled: every formula parsed and checked once, ready to score any number of inputs.
/// Evaluating never parses text. Obtain one from <see cref="Loading.RuleSetLoader"/>.
/// </summary>
/// <threadsafety>Immutable: one instance may score inputs from many threads at once.</threadsafety>
public sealed partial class CompiledRuleSet
{
    internal CompiledRuleSet(
        RuleSet definition,
        SymbolTable symbols,
        IReadOnlyList<(MetricDefinition Definition, CompiledFormula Formula)> metrics,
        IReadOnlyList<CheckPlan> checks,
        IReadOnlyList<IndicatorPlan> roots,
        IReadOnlyList<IndicatorPlan> all,
        IReadOnlyDictionary<string, IndicatorPlan> byId)
    {
        Definition = definition;
        Symbols = symbols;
        // Arrays, so the evaluator's loops over them allocate no enumerator.
        Metrics = metrics.ToArray();
        Checks = checks.ToArray();
        Roots = roots.ToArray();
        All = all.ToArray();
        Leaves = All.Where(p => p.Method is not null).ToArray();
        Conditional = All.Where(p => p.AppliesWhen is not null).ToArray();
        for (var i = All.Length - 1; i >= 0; i--)
        {
            // In tree (pre-)order a subtree ends where its last child's does; children come after their parent.
            var plan = All[i];
            plan.End = plan.Children.Count == 0 ? plan.Index + 1 : plan.Children[plan.Children.Count - 1].End;
        }
        Grades = definition.Grades.ToArray();
        GradeResults = Array.ConvertAll(Grades, g => new Grade(g.Level, g.Label));
        Inputs = definition.Inputs.ToArray();
        InputsByName = Inputs.ToDictionary(i => i.Name, i => symbols.Find(i.Name)!, StringComparer.Ordinal);
        RequiredInputs = Inputs.Count(i => i.Required);
        JudgedPlans = All.Where(p => TakesJudgement(p.Definition.Method)).ToArray();
        JudgedById = JudgedPlans.ToDictionary(p => p.Id, StringComparer.Ordinal);
        IndexById = all.ToDictionary(p => p.Id, p => p.Index, StringComparer.Ordinal);
        ConditionallyJudged = JudgedPlans.Where(p => p.UnderCondition).ToArray();
        foreach (var plan in All)
        {
            plan.ShownWeight = definition.Rounding.Apply(plan.Weight);
        }

        for (var i = 0; i < JudgedPlans.Length; i++)
        {
            JudgedPlans[i].JudgementSlot = i;
        }

        ById = byId;
        HasTexts = symbols.All.Any(s => s.Kind == ValueKind.Text);
        MetricFormulas = new CompiledFormula?[symbols.Count];
        foreach (var (metric, formula) in metrics)
        {
            MetricFormulas[symbols.Find(metric.Name)!.Index] = formula;
        }
    }

    /// <summary>Gets the rule set's model.</summary>
    public RuleSet Definition { get; }

    /// <summary>Gets the rule set's id.</summary>
    public string Id => Definition.Id;

    /// <summary>Gets the rule set's version.</summary>
    public string Version => Definition.Version;

    internal SymbolTable Symbols { get; }

    internal (MetricDefinition Definition, CompiledFormula Formula)[] Metrics { get; }

    internal CheckPlan[] Checks { get; }

    internal GradeBand[] Grades { get; }

    /// <summary>Gets the grade each of <see cref="Grades"/> awards, made once: scorecards share them.</summary>
    internal Grade[] GradeResults { get; }

    internal InputDefinition[] Inputs { get; }

    /// <summary>Gets the symbols of the declared inputs by name.</summary>
    internal IReadOnlyDictionary<string, Symbol> InputsByName { get; }

    /// <summary>Gets how many inputs are required.</summary>
    internal int RequiredInputs { get; }

    /// <summary>Gets the indicators that take a judgement and may not be assessed: those with a condition or inside one that has.</summary>
    internal IndicatorPlan[] ConditionallyJudged { get; }

    /// <summary>Gets the indicators that take a judgement, by id.</summary>
    internal IReadOnlyDictionary<string, IndicatorPlan> JudgedById { get; }

    /// <summary>Gets each indicator's place in tree order, by id: scorecards look indicators up through it.</summary>
    internal IReadOnlyDictionary<string, int> IndexById { get; }

    /// <summary>Gets the indicators an input gives a judgement for: those scored by judgement, or with an option that is.</summary>
    internal IndicatorPlan[] JudgedPlans { get; }

    /// <summary>Gets each metric's formula by its symbol's index (<see langword="null"/> for inputs).</summary>
    internal CompiledFormula?[] MetricFormulas { get; }

    internal IndicatorPlan[] Roots { get; }

    internal IndicatorPlan[] All { get; }

    /// <summary>Gets a value indicating whether any input or metric is text.</summary>
    internal bool HasTexts { get; }

    /// <summary>Gets the indicators with a condition (<c>applies_when</c>), in tree order.</summary>
    internal IndicatorPlan[] Conditional { get; }

    /// <summary>Gets the indicators that are scored (those with a method), in tree order.</summary>
    internal IndicatorPlan[] Leaves { get; }

    internal IReadOnlyDictionary<string, IndicatorPlan> ById { get; }

    private static bool TakesJudgement(ScoringMethod? method) => method switch
    {
        JudgementMethod => true,
        AlternativesMethod alternatives => alternatives.Options.Any(o => o.Method is JudgementMethod),
        _ => false,
    };

    /// <summary>Scores an input.</summary>
    /// <param name="input">The input values and judgements.</param>
    /// <param name="options">What to build besides the numbers. <value>Defaults to <see cref="EvaluationOptions.Default"/>: explanations too.</value></param>
    /// <returns>The scorecard, or every error that prevented it (naming the indicator and input concerned).</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    public EvaluationResult Evaluate(InputValues input, EvaluationOptions? options = null)
    {
        Guard.NotNull(input);
        return new Evaluator(this, input, options).Run();
    }

    /// <summary>Scores an input and throws if it cannot be scored.</summary>
    /// <param name="input">The input values and judgements.</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    /// <exception cref="InputException">The input cannot be scored; the exception lists every error.</exception>
    public Scorecard Score(InputValues input) => Evaluate(input).GetScorecardOrThrow();
}
