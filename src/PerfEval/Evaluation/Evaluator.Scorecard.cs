using System;
using System.Collections.Generic;
using PerfEval.Compilation;
using PerfEval.Formulas;
using PerfEval.Results;

namespace PerfEval.Evaluation;

/// <content>The scorecard, built as plain data once every number is known and every error reported.</content>
internal sealed partial class Evaluator
{
    /// <summary>
    /// Gives each group its score, the sum of its children's rounded scores; returns the sum of the top-level
    /// indicators' scores, which is the sum over the leaves.
    /// </summary>
    private decimal SumUp()
    {
        SumGroups(scores);
        return SumOfRoots(scores);
    }

    /// <summary>Gets the sum of a column's figures for the top-level indicators.</summary>
    private decimal SumOfRoots(decimal[] column)
    {
        var sum = 0m;
        foreach (var root in rules.Layout.Roots)
        {
            sum += column[root];
        }

        return sum;
    }

    /// <summary>Sets each group's figure in a column to the sum of its children's, which are rounded, so the sum is too.</summary>
    private void SumGroups(decimal[] column)
    {
        // In tree order a group comes before its children, so walking backwards sums every child before its group.
        for (var i = column.Length - 1; i >= 0; i--)
        {
            var children = rules.Layout.Infos[i].Children;
            if (children.Length > 0)
            {
                var sum = 0m;
                foreach (var child in children)
                {
                    sum += column[child];
                }

                column[i] = sum;
            }
        }
    }

    /// <summary>
    /// Gets the weights the scorecard shows: the plan's declared ones when no weight moved; otherwise each leaf's
    /// effective weight rounded, and each group's the sum of its children's.
    /// </summary>
    private decimal[] ShownWeights()
    {
        if (effective is null)
        {
            return rules.ShownWeights;
        }

        var shown = new decimal[effective.Length];
        foreach (var leaf in rules.Leaves)
        {
            shown[leaf.Index] = Definition.Rounding.Apply(effective[leaf.Index]);
        }

        SumGroups(shown);
        return shown;
    }

    /// <summary>Gets each indicator's status: the plan's all-scored column when every indicator is assessed.</summary>
    private IndicatorStatus[] Statuses()
    {
        if (heads is null)
        {
            return rules.AllScored;
        }

        var statuses = new IndicatorStatus[heads.Length];
        for (var i = 0; i < heads.Length; i++)
        {
            statuses[i] = heads[i] is { } head ? StatusOf(head) : IndicatorStatus.Scored;
        }

        return statuses;
    }

    private Scorecard BuildScorecard(decimal total, Grade grade, Rescaling? rescaling)
    {
        // Metrics are computed before the indicators' values are read, so every metric that can be computed shows.
        IReadOnlyList<NamedValue> metrics = options.Explanations ? MetricValues() : Array.Empty<NamedValue>();
        // Before the diagnostics are taken: a metric only the header shows may be computed, and fail, here.
        var project = ProjectHeaderOf(rules.Form);
        if (explanations is not null)
        {
            foreach (var plan in rules.All)
            {
                explanations[plan.Index] = Explain(plan);
            }
        }

        var weights = ShownWeights();
        var effectiveTotal = SumOfRoots(weights);

        return new Scorecard(rules.Layout, input.Subject, total, effectiveTotal, grade, scores, weights, Statuses(), explanations, metrics, (IReadOnlyList<WeightMove>?)moves ?? Array.Empty<WeightMove>(), sink?.Sorted() ?? Array.Empty<Diagnostic>(), rescaling) { Project = project };
    }

    /// <summary>Copies the header cells <c>project_form</c> names out of the frame; a cell not given stays empty.</summary>
    private ProjectHeader? ProjectHeaderOf(ProjectFormPlan? form)
    {
        if (form is null)
        {
            return null;
        }

        var funds = new FundsLine[form.Funds.Length];
        for (var i = 0; i < funds.Length; i++)
        {
            var line = form.Funds[i];
            funds[i] = new FundsLine(line.Label, Number(line.Initial), Number(line.Annual), Number(line.Executed), Number(line.Rate), line.Indicator < 0 ? null : rules.All[line.Indicator].Id);
        }

        return new ProjectHeader(Text(form.Department), Text(form.Implementer), funds, Text(form.Goal), Text(form.Achieved));

        decimal? Number(Symbol? symbol) => symbol is not null && Ensure(symbol) ? Frame.Numbers[symbol.Index] : null;

        string? Text(Symbol? symbol) => symbol is not null && Frame.Present[symbol.Index] ? Frame.Texts[symbol.Index] : null;
    }

    /// <summary>Says how an indicator's figures were reached: its method's working, the values it read, why it was not assessed, the weight it received.</summary>
    private Explanation Explain(IndicatorPlan plan)
    {
        var head = HeadOf(plan);
        if (plan.IsGroup)
        {
            var notAssessed = NotAssessedOf(head);
            var values = ValuesOf(plan);
            return notAssessed is null && values.Count == 0 ? Explanation.Nothing : new Explanation { NotAssessed = notAssessed, Values = values };
        }

        var raw = raws![plan.Index];
        var explained = head is null ? Explain(plan, plan.Method!, raw) : new Explanation { NotAssessed = NotAssessedOf(head) };
        explained.Values = ValuesOf(plan);
        if (head is null && EffectiveOf(plan) is var eff && eff != plan.Weight)
        {
            explained.Scaling = new WeightScaling(raw, eff, plan.Weight, OnReceivedWeight(plan, raw, eff), ReceivedBy(plan), Definition.ReceivedWeight);
        }

        return explained;
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
