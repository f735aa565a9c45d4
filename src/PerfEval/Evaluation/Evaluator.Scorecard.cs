using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using PerfEval.Formulas;
using PerfEval.Results;
using PerfEval.Rules;
using PerfEval.Validation;

namespace PerfEval.Evaluation;

/// <summary>
/// The scorecard's indicator tree and metric list, built from a finished evaluation's figures when first read. By
/// then nothing can fail: every number was computed, and every error reported, by <see cref="Run"/>.
/// </summary>
internal sealed partial class Evaluator
{
    private static readonly Deferred<IReadOnlyList<NamedValue>> NoValues = Deferred<IReadOnlyList<NamedValue>>.Of(Array.Empty<NamedValue>());

    /// <inheritdoc/>
    public (IReadOnlyList<IndicatorScore> Indicators, IReadOnlyList<NamedValue> Metrics) Build()
    {
        // Metrics no assessed indicator needed are shown where they can be computed; they cannot fail the evaluation.
        // They are computed first, so an indicator's values show the same whichever part of the scorecard is read first.
        var metrics = rules.Metrics.Select(m => rules.Symbols.Find(m.Definition.Name)!).Where(Ensure).Select(Value).ToList();
        var indicators = Array.ConvertAll(rules.Roots, Build);
        Debug.Assert(indicators.Sum(s => s.EffectiveWeight) == Definition.TotalPoints || Definition.Rounding.Apply(Definition.TotalPoints) != Definition.TotalPoints, "Effective weights must add up to the total points.");
        return (indicators, metrics);
    }

    private IndicatorScore Build(IndicatorPlan plan)
    {
        var line = lines[plan.Index];
        var rounding = Definition.Rounding;
        var values = plan.Symbols.Count == 0 ? NoValues : ValuesOf(plan);
        var head = line.Head;
        var notAssessed = head is null ? default : NotAssessedOf(head);
        var status = head is null ? IndicatorStatus.Scored : StatusOf(head);
        if (plan.IsGroup)
        {
            var children = new IndicatorScore[plan.Children.Count];
            decimal childWeights = 0m, childScores = 0m;
            for (var i = 0; i < children.Length; i++)
            {
                children[i] = Build(plan.Children[i]);
                childWeights += children[i].EffectiveWeight;
                childScores += children[i].Score;
            }

            return new IndicatorScore(plan.Id, plan.Definition.Name, plan.Path, plan.Level, plan.ShownWeight, rounding.Apply(childWeights), rounding.Apply(childScores), status, null, null, default, null, notAssessed, null, values, plan.Note, children);
        }

        var eff = EffectiveOf(plan);
        var effective = eff == plan.Weight ? plan.ShownWeight : rounding.Apply(eff);
        if (head is not null)
        {
            return new IndicatorScore(plan.Id, plan.Definition.Name, plan.Path, plan.Level, plan.ShownWeight, effective, ScoreOf(plan, line), status, plan.Method!.Kind, null, default, null, notAssessed, null, values, plan.Note, Array.Empty<IndicatorScore>());
        }

        var outcome = plan.Method!.Explain(this, plan, line.Raw);
        var explanation = eff == plan.Weight ? new Deferred<string?>(outcome.Explanation) : ScalingOf(plan, outcome, eff);
        var substituted = new Deferred<string?>(outcome.Substituted);
        return new IndicatorScore(plan.Id, plan.Definition.Name, plan.Path, plan.Level, plan.ShownWeight, effective, rounding.Apply(ScoreOf(plan, line)), IndicatorStatus.Scored, plan.Method.Kind, outcome.Formula, substituted, outcome.Raw, explanation, outcome.Reason, values, plan.Note, Array.Empty<IndicatorScore>());
    }

    // The lambdas live in helpers: captured in Build, its variables would cost every indicator a closure object.
    private Deferred<IReadOnlyList<NamedValue>> ValuesOf(IndicatorPlan plan)
    {
        var frame = Frame;
        return new Deferred<IReadOnlyList<NamedValue>>(() => plan.Symbols.Where(s => frame.Present[s.Index]).Select(Value).ToList());
    }

    private Deferred<string?> NotAssessedOf(IndicatorPlan head) => new(() => NotAssessedText(head));

    private Deferred<string?> ScalingOf(IndicatorPlan plan, MethodOutcome outcome, decimal eff) => new(() => Scaling(plan, outcome, eff));

    /// <summary>How a receiving indicator's score was scaled by the weight moved onto it.</summary>
    private string Scaling(IndicatorPlan plan, MethodOutcome outcome, decimal eff)
    {
        var scaled = outcome.Raw * eff / plan.Weight; // Computed once already by Run, so it cannot overflow.
        var received = string.Join(", ", (moves ?? Enumerable.Empty<WeightMove>()).Where(m => m.To == plan.Id || plan.Path.Split('/').Contains(m.To)).Select(m => m.To == plan.Id
            ? $"{FormulaPrinter.Number(m.Points)} from '{m.From}'"
            : $"a share of the {FormulaPrinter.Number(m.Points)} moved from '{m.From}' to '{m.To}'"));
        var scaling = $"scaled by effective weight {FormulaPrinter.Number(eff)} / weight {DiagnosticText.Number(plan.Weight)}"
            + (received.Length == 0 ? string.Empty : $" (received {received})")
            + $": {FormulaPrinter.Number(outcome.Raw)} × {FormulaPrinter.Number(eff)} / {DiagnosticText.Number(plan.Weight)} = {FormulaPrinter.Number(scaled)}";
        return outcome.Explanation?.Invoke() is { } text ? text + "; " + scaling : scaling;
    }

    private string NotAssessedText(IndicatorPlan head)
    {
        var fallback = head.Definition.Fallback!;
        var prefix = $"not assessed: applies_when of '{head.Id}' ({head.Definition.AppliesWhen!.Text}) is false";
        var outcome = fallback.Kind switch
        {
            FallbackKind.MoveTo => $"weight moved to '{fallback.Target}'",
            FallbackKind.Spread => "weight spread over " + string.Join(", ", (moves ?? Enumerable.Empty<WeightMove>()).Where(m => m.From == head.Id).Select(m => $"'{m.To}' ({FormulaPrinter.Number(m.Points)})")),
            FallbackKind.FullMarks => "awarded full marks",
            _ => "scored zero",
        };
        return $"{prefix}; {outcome} ({RuleSetValidator.Kind(fallback.Kind)})";
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
