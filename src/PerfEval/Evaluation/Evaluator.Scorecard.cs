using System;
using System.Collections.Generic;
using PerfEval.Compilation;
using PerfEval.Formulas;
using PerfEval.Results;

namespace PerfEval.Evaluation;

/// <content>The scorecard, built as plain data once every number is known and every error reported.</content>
internal sealed partial class Evaluator
{
    private Scorecard BuildScorecard(decimal total, Grade grade)
    {
        // Metrics are computed before the indicators' values are read, so every metric that can be computed shows.
        IReadOnlyList<NamedValue> metrics = options.Explanations ? MetricValues() : Array.Empty<NamedValue>();
        var all = new IndicatorScore[rules.All.Length];
        var roots = new IndicatorScore[rules.Roots.Length];
        var effectiveTotal = 0m;
        for (var i = 0; i < roots.Length; i++)
        {
            roots[i] = Build(rules.Roots[i], all);
            effectiveTotal += roots[i].EffectiveWeight;
        }

        return new Scorecard(Definition.Id, Definition.Version, Definition.Title, input.Subject, Definition.TotalPoints, Definition.Rounding.Decimals, total, effectiveTotal, grade, roots, all, rules.IndexById, metrics, (IReadOnlyList<WeightMove>?)moves ?? Array.Empty<WeightMove>(), sink?.Sorted() ?? Array.Empty<Diagnostic>());
    }

    private IndicatorScore Build(IndicatorPlan plan, IndicatorScore[] all)
    {
        var line = lines[plan.Index];
        var rounding = Definition.Rounding;
        var head = line.Head;
        var status = head is null ? IndicatorStatus.Scored : StatusOf(head);
        IndicatorScore score;
        if (plan.IsGroup)
        {
            var children = new IndicatorScore[plan.Children.Count];
            decimal weights = 0m, scores = 0m;
            for (var i = 0; i < children.Length; i++)
            {
                children[i] = Build(plan.Children[i], all);
                weights += children[i].EffectiveWeight;
                scores += children[i].Score;
            }

            var explanation = options.Explanations ? new Explanation { NotAssessed = NotAssessedOf(head), Values = ValuesOf(plan) } : null;
            score = new IndicatorScore(plan.Id, plan.Definition.Name, plan.Path, plan.Level, plan.ShownWeight, rounding.Apply(weights), rounding.Apply(scores), status, null, plan.Note, explanation, children);
        }
        else
        {
            var eff = EffectiveOf(plan);
            Explanation? explanation = null;
            if (options.Explanations)
            {
                explanation = head is null ? Explain(plan, plan.Method!, line.Raw) : new Explanation { NotAssessed = NotAssessedOf(head) };
                explanation.Values = ValuesOf(plan);
                if (head is null && eff != plan.Weight)
                {
                    explanation.Scaling = new WeightScaling(line.Raw, eff, plan.Weight, line.Raw * eff / plan.Weight, ReceivedBy(plan));
                }
            }

            score = new IndicatorScore(plan.Id, plan.Definition.Name, plan.Path, plan.Level, plan.ShownWeight, rounding.Apply(eff), line.Score, status, plan.Method!.Kind, plan.Note, explanation, Array.Empty<IndicatorScore>());
        }

        all[plan.Index] = score;
        return score;
    }

    /// <summary>The moves that landed on a leaf or on a group it belongs to.</summary>
    private List<WeightMove> ReceivedBy(IndicatorPlan plan)
    {
        var received = new List<WeightMove>();
        foreach (var move in (IEnumerable<WeightMove>?)moves ?? Array.Empty<WeightMove>())
        {
            for (var p = plan.Index; p >= 0; p = rules.All[p].Parent)
            {
                if (move.To == rules.All[p].Id)
                {
                    received.Add(move);
                    break;
                }
            }
        }

        return received;
    }

    private NotAssessedReason? NotAssessedOf(IndicatorPlan? head)
    {
        if (head is null)
        {
            return null;
        }

        var fallback = head.Definition.Fallback!;
        var made = new List<WeightMove>();
        foreach (var move in (IEnumerable<WeightMove>?)moves ?? Array.Empty<WeightMove>())
        {
            if (move.From == head.Id)
            {
                made.Add(move);
            }
        }

        return new NotAssessedReason(head.Id, head.Definition.AppliesWhen!.Text, fallback.Kind, fallback.Target, made);
    }

    private List<NamedValue> MetricValues()
    {
        var values = new List<NamedValue>(rules.Metrics.Length);
        foreach (var (metric, _) in rules.Metrics)
        {
            var symbol = rules.Symbols.Find(metric.Name)!;
            if (Ensure(symbol))
            {
                values.Add(Value(symbol));
            }
        }

        return values;
    }

    private IReadOnlyList<NamedValue> ValuesOf(IndicatorPlan plan)
    {
        if (plan.Symbols.Count == 0)
        {
            return Array.Empty<NamedValue>();
        }

        var values = new List<NamedValue>(plan.Symbols.Count);
        foreach (var symbol in plan.Symbols)
        {
            if (Frame.Present[symbol.Index])
            {
                values.Add(Value(symbol));
            }
        }

        return values;
    }

    private NamedValue Value(Symbol symbol)
    {
        var i = symbol.Index;
        var unit = symbol.Input?.Unit ?? symbol.Metric?.Unit;
        var description = symbol.Input?.Description ?? symbol.Metric?.Description;
        return symbol.Kind switch
        {
            ValueKind.Number => new NamedValue(symbol.Name, symbol.IsMetric, unit, description, Frame.Numbers[i], null, null),
            ValueKind.Boolean => new NamedValue(symbol.Name, symbol.IsMetric, unit, description, null, Frame.Booleans[i], null),
            _ => new NamedValue(symbol.Name, symbol.IsMetric, unit, description, null, null, Frame.Texts[i]),
        };
    }
}
