using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NCalc;
using PerfEval.Rules;

namespace PerfEval.Benchmarks;

/// <summary>What the comparison engines return: leaf scores in tree order, total and grade label.</summary>
public sealed class EngineScores
{
    public EngineScores(decimal[] leaves, decimal total, string grade)
    {
        Leaves = leaves;
        Total = total;
        Grade = grade;
    }

    /// <summary>Gets the leaf scores, rounded, in tree order (<see cref="YangxiScores.LeafIds"/> for the Yangxi rules).</summary>
    public decimal[] Leaves { get; }

    public decimal Total { get; }

    public string Grade { get; }
}

/// <summary>
/// The naive way to run a rule set on NCalc: walk the same rule set (read from the same YAML) and, on every evaluation,
/// build a <c>new Expression(text, options)</c> from each formula's text and let NCalc parse and interpret it.
/// Decimal options (<see cref="ExpressionOptions.DecimalAsDefault"/>, <see cref="ExpressionOptions.RoundAwayFromZero"/>)
/// and <see cref="ExpressionOptions.NoCache"/>, since NCalc's parse cache is keyed by text alone. Only metrics,
/// applies_when and the formula, bands, pass_fail, checklist and deduction indicators need expressions; judgements are
/// read directly. No checks, no explanations: the scores only.
/// </summary>
public sealed class NaiveNCalcScorer
{
    public const ExpressionOptions Options = ExpressionOptions.DecimalAsDefault | ExpressionOptions.RoundAwayFromZero | ExpressionOptions.NoCache;

    private readonly RuleSet rules;
    private readonly Leaf[] leaves;

    /// <summary>Initializes a scorer for a rule set. Only the tree walk is prepared here; no formula is parsed.</summary>
    /// <param name="rules">The rule set's model (e.g. <c>CompiledRuleSet.Definition</c>).</param>
    public NaiveNCalcScorer(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        this.rules = rules;
        var list = new List<Indicator>();
        foreach (var root in rules.Indicators)
        {
            Collect(root, list);
        }

        leaves = list.Select(l => new Leaf(l)).ToArray();
        foreach (var leaf in leaves)
        {
            switch (leaf.Definition.Fallback)
            {
                case { Kind: FallbackKind.MoveTo, Target: { } target }:
                    leaf.MoveTo = Array.FindIndex(leaves, l => l.Definition.Id == target);
                    if (leaf.MoveTo < 0)
                    {
                        throw new NotSupportedException($"The naive scorer moves weight onto leaves only, not onto '{target}'.");
                    }

                    break;
                case { Kind: FallbackKind.Spread }:
                    throw new NotSupportedException("The naive scorer does not spread weight.");
            }
        }
    }

    /// <summary>
    /// Builds the NCalc expression for one formula text the naive way. With <see cref="ExpressionOptions.NoCache"/>,
    /// its <see cref="Expression.Evaluate()"/> parses the text again, every time.
    /// </summary>
    /// <param name="text">The formula.</param>
    /// <param name="parameters">The names in scope.</param>
    /// <returns>The expression, not yet parsed.</returns>
    public static Expression Build(string text, IDictionary<string, object?> parameters)
        => new(text, Options, new ExpressionContext { Parameters = parameters }, CultureInfo.InvariantCulture);

    /// <summary>Scores one input.</summary>
    /// <param name="values">The input values by name.</param>
    /// <param name="judgements">The judgement scores by indicator id.</param>
    /// <returns>The leaf scores, total and grade.</returns>
    public EngineScores Score(Dictionary<string, object?> values, IReadOnlyDictionary<string, decimal> judgements)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(judgements);
        var scope = new Dictionary<string, object?>(values, StringComparer.Ordinal);
        foreach (var metric in rules.Metrics)
        {
            scope[metric.Name] = Evaluate(metric.Expression.Text, scope);
        }

        // Applicability and weight moves.
        var assessed = new bool[leaves.Length];
        var effective = new decimal[leaves.Length];
        for (var i = 0; i < leaves.Length; i++)
        {
            effective[i] = leaves[i].Definition.Weight;
            assessed[i] = leaves[i].Definition.AppliesWhen is not { } when || Condition(when.Text, scope);
        }

        for (var i = 0; i < leaves.Length; i++)
        {
            if (!assessed[i] && leaves[i].Definition.Fallback is { Kind: not FallbackKind.FullMarks } fallback)
            {
                if (fallback.Kind == FallbackKind.MoveTo)
                {
                    effective[leaves[i].MoveTo] += effective[i];
                }

                effective[i] = 0m;
            }
        }

        var scores = new decimal[leaves.Length];
        var total = 0m;
        for (var i = 0; i < leaves.Length; i++)
        {
            var leaf = leaves[i].Definition;
            decimal score;
            if (!assessed[i])
            {
                score = effective[i]; // Full marks keep their weight; moved or zeroed weight is 0 by now.
            }
            else
            {
                var raw = Raw(leaf, scope, judgements);
                score = effective[i] == leaf.Weight ? raw : raw * effective[i] / leaf.Weight;
            }

            scores[i] = Math.Round(score, rules.Rounding.Decimals, rules.Rounding.Mode);
            total += scores[i];
        }

        var grade = rules.Grades.First(g => g.Range.Contains(total)).Label;
        return new EngineScores(scores, total, grade);
    }

    private static decimal Raw(Indicator leaf, Dictionary<string, object?> scope, IReadOnlyDictionary<string, decimal> judgements)
    {
        switch (leaf.Method)
        {
            case JudgementMethod:
                return judgements[leaf.Id];
            case FormulaMethod formula:
                scope["weight"] = leaf.Weight;
                return Number(formula.Score.Text, scope);
            case BandsMethod bands:
            {
                var value = Number(bands.Value.Text, scope);
                return bands.Bands.First(b => b.Range.Contains(value)).Points;
            }

            case PassFailMethod passFail:
                return Condition(passFail.Condition.Text, scope) ? leaf.Weight : 0m;
            case ChecklistMethod checklist:
            {
                var sum = 0m;
                foreach (var criterion in checklist.Criteria)
                {
                    sum += Condition(criterion.Met.Text, scope) ? criterion.Points : 0m;
                }

                return sum;
            }

            case DeductionMethod d:
            {
                var measured = Number(d.Value.Text, scope);
                var beyond = d.Direction == DeductionDirection.Above ? measured - d.Threshold : d.Threshold - measured;
                var units = beyond <= 0 ? 0m : beyond / d.Per;
                units = d.Counting switch
                {
                    DeductionCounting.Whole => Math.Floor(units),
                    DeductionCounting.Started => Math.Ceiling(units),
                    _ => units,
                };
                return Math.Max(0m, leaf.Weight - (units * d.Points));
            }

            default:
                throw new NotSupportedException($"The naive scorer does not score '{leaf.Method?.Kind}'.");
        }
    }

    private static object? Evaluate(string text, Dictionary<string, object?> scope) => Build(text, scope).Evaluate();

    private static decimal Number(string text, Dictionary<string, object?> scope) => Convert.ToDecimal(Evaluate(text, scope), CultureInfo.InvariantCulture);

    private static bool Condition(string text, Dictionary<string, object?> scope) => (bool)Evaluate(text, scope)!;

    private static void Collect(Indicator indicator, List<Indicator> into)
    {
        if (!indicator.IsGroup)
        {
            into.Add(indicator);
            return;
        }

        if (indicator.AppliesWhen is not null)
        {
            throw new NotSupportedException($"The naive scorer supports applies_when on leaves only, not on group '{indicator.Id}'.");
        }

        foreach (var child in indicator.Children)
        {
            Collect(child, into);
        }
    }

    /// <summary>A leaf indicator and, when its weight moves, the leaf it moves to.</summary>
    private sealed class Leaf
    {
        public Leaf(Indicator definition) => Definition = definition;

        public Indicator Definition { get; }

        public int MoveTo { get; set; } = -1;
    }
}
