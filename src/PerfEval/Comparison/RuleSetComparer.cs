using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Comparison;

/// <summary>
/// Lists what changed between two rule sets (indicators added and removed, weights, methods, formulas, bands,
/// applicability, grades, inputs, metrics, checks, metadata) and what that does to one input's scores.
/// </summary>
public static class RuleSetComparer
{
    /// <summary>Compares two rule sets.</summary>
    /// <param name="before">The old rule set.</param>
    /// <param name="after">The new rule set.</param>
    /// <returns>The changes, metadata first, then indicators in the new tree's order.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IReadOnlyList<RuleSetChange> Compare(RuleSet before, RuleSet after)
    {
        Guard.NotNull(before);
        Guard.NotNull(after);
        var changes = new List<RuleSetChange>();
        void Scalar(ChangeKind kind, string key, string? old, string? @new)
        {
            if (old != @new)
            {
                changes.Add(new RuleSetChange(kind, key, old, @new));
            }
        }

        Scalar(ChangeKind.Metadata, "id", before.Id, after.Id);
        Scalar(ChangeKind.Metadata, "version", before.Version, after.Version);
        Scalar(ChangeKind.Metadata, "title", before.Title, after.Title);
        Scalar(ChangeKind.Metadata, "jurisdiction", before.Jurisdiction, after.Jurisdiction);
        Scalar(ChangeKind.Metadata, "fiscal_year", before.FiscalYear?.ToString(CultureInfo.InvariantCulture), after.FiscalYear?.ToString(CultureInfo.InvariantCulture));
        Scalar(ChangeKind.Metadata, "source", before.Source, after.Source);
        Scalar(ChangeKind.Total, "total", DiagnosticText.Number(before.TotalPoints), DiagnosticText.Number(after.TotalPoints));
        Scalar(ChangeKind.Rounding, "rounding", Describe(before.Rounding), Describe(after.Rounding));
        Scalar(ChangeKind.GradeBands, "grades", Describe(before.Grades), Describe(after.Grades));

        Named(changes, ChangeKind.Input, before.Inputs, after.Inputs, i => i.Name, Describe);
        Named(changes, ChangeKind.Metric, before.Metrics, after.Metrics, m => m.Name, m => m.Expression.Text);
        Named(changes, ChangeKind.Check, before.Checks, after.Checks, c => c.Id, c => c.Assertion.Text);

        var old = Flatten(before.Indicators, null).ToDictionary(p => p.Indicator.Id, StringComparer.Ordinal);
        var @new = Flatten(after.Indicators, null).ToList();
        foreach (var (indicator, parent) in @new)
        {
            if (!old.TryGetValue(indicator.Id, out var previous))
            {
                changes.Add(new RuleSetChange(ChangeKind.IndicatorAdded, indicator.Id, null, $"{indicator.Name} (weight {DiagnosticText.Number(indicator.Weight)}{(parent is null ? string.Empty : ", in " + parent)}){(indicator.Method is { } m ? ": " + Describe(m) : string.Empty)}"));
                continue;
            }

            var was = previous.Indicator;
            Scalar(ChangeKind.IndicatorRenamed, indicator.Id, was.Name, indicator.Name);
            Scalar(ChangeKind.IndicatorMoved, indicator.Id, previous.Parent ?? "(top)", parent ?? "(top)");
            Scalar(ChangeKind.Weight, indicator.Id, DiagnosticText.Number(was.Weight), DiagnosticText.Number(indicator.Weight));
            Scalar(ChangeKind.Applicability, indicator.Id, Describe(was.AppliesWhen, was.Fallback), Describe(indicator.AppliesWhen, indicator.Fallback));
            if (was.Method is { } m1 && indicator.Method is { } m2)
            {
                var kind = m1.Kind != m2.Kind ? ChangeKind.Method : m1 is FormulaMethod ? ChangeKind.Formula : m1 is BandsMethod ? ChangeKind.Bands : ChangeKind.Scoring;
                Scalar(kind, indicator.Id, Describe(m1), Describe(m2));
            }
            else if ((was.Method is null) != (indicator.Method is null))
            {
                changes.Add(new RuleSetChange(ChangeKind.Method, indicator.Id, was.Method is null ? "group" : Describe(was.Method), indicator.Method is null ? "group" : Describe(indicator.Method)));
            }
        }

        var kept = new HashSet<string>(@new.Select(p => p.Indicator.Id), StringComparer.Ordinal);
        foreach (var (indicator, _) in Flatten(before.Indicators, null).Where(p => !kept.Contains(p.Indicator.Id)))
        {
            changes.Add(new RuleSetChange(ChangeKind.IndicatorRemoved, indicator.Id, $"{indicator.Name} (weight {DiagnosticText.Number(indicator.Weight)})", null));
        }

        return changes;
    }

    /// <summary>Compares the scores of one input under two rule sets, indicator by indicator.</summary>
    /// <param name="before">The scorecard under the old rule set.</param>
    /// <param name="after">The scorecard under the new rule set.</param>
    /// <returns>Every indicator whose score differs, in the new tree's order, then removed ones.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IReadOnlyList<ScoreChange> CompareScores(Scorecard before, Scorecard after)
    {
        Guard.NotNull(before);
        Guard.NotNull(after);
        var changes = new List<ScoreChange>();
        foreach (var indicator in after.AllIndicators)
        {
            decimal? old = before.TryGetIndicator(indicator.Id, out var was) ? was.Score : null;
            if (old != indicator.Score)
            {
                changes.Add(new ScoreChange(indicator.Id, indicator.Name, old, indicator.Score));
            }
        }

        foreach (var indicator in before.AllIndicators.Where(i => !after.TryGetIndicator(i.Id, out _)))
        {
            changes.Add(new ScoreChange(indicator.Id, indicator.Name, indicator.Score, null));
        }

        return changes;
    }

    private static void Named<T>(List<RuleSetChange> changes, ChangeKind kind, IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> key, Func<T, string> describe)
    {
        var old = before.ToDictionary(key, describe, StringComparer.Ordinal);
        var @new = after.ToDictionary(key, describe, StringComparer.Ordinal);
        foreach (var pair in @new)
        {
            old.TryGetValue(pair.Key, out var was);
            if (was != pair.Value)
            {
                changes.Add(new RuleSetChange(kind, pair.Key, was, pair.Value));
            }
        }

        foreach (var pair in old.Where(p => !@new.ContainsKey(p.Key)))
        {
            changes.Add(new RuleSetChange(kind, pair.Key, pair.Value, null));
        }
    }

    private static IEnumerable<(Indicator Indicator, string? Parent)> Flatten(IEnumerable<Indicator> indicators, string? parent)
    {
        foreach (var indicator in indicators)
        {
            yield return (indicator, parent);
            foreach (var child in Flatten(indicator.Children, indicator.Id))
            {
                yield return child;
            }
        }
    }


    private static string Describe(Rounding rounding) => $"{rounding.Decimals} decimals, {(rounding.Mode == MidpointRounding.AwayFromZero ? "away_from_zero" : "to_even")}";

    private static string Describe(IReadOnlyList<GradeBand> grades) => string.Join("; ", grades.Select(g => $"{g.Label} {g.Range}"));

    private static string Describe(InputDefinition input) => $"{input.Type.ToString().ToLowerInvariant()}{(input.Required ? string.Empty : ", optional")}{(input.Unit is null ? string.Empty : ", " + input.Unit)}"
        + (input.Min is null && input.Max is null ? string.Empty : $", {new NumericRange(input.Min, true, input.Max, true)}")
        + (input.Choices.Count == 0 ? string.Empty : $", one of {string.Join("/", input.Choices)}");

    private static string? Describe(FormulaText? appliesWhen, Fallback? fallback)
    {
        if (appliesWhen is null)
        {
            return null;
        }

        var kind = fallback?.Kind switch
        {
            FallbackKind.MoveTo => "move_to " + fallback.Target,
            FallbackKind.Spread => "spread",
            FallbackKind.FullMarks => "full_marks",
            FallbackKind.Zero => "zero",
            _ => "none",
        };
        return $"applies when {appliesWhen.Text}, else {kind}";
    }

    internal static string Describe(ScoringMethod method) => method switch
    {
        FormulaMethod f => "formula " + f.Score.Text,
        BandsMethod b => $"bands on {b.Value.Text}: " + string.Join("; ", b.Bands.Select(x => $"{x.Range}: {DiagnosticText.Number(x.Points)}")),
        DeductionMethod d => $"deduction on {d.Value.Text}: {DiagnosticText.Number(d.Points)} per {DiagnosticText.Number(d.Per)} {(d.Direction == DeductionDirection.Above ? "above" : "below")} {DiagnosticText.Number(d.Threshold)} ({d.Counting.ToString().ToLowerInvariant()} units)",
        ChecklistMethod c => "checklist: " + string.Join("; ", c.Criteria.Select(x => $"{x.Name} [{x.Met.Text}] {DiagnosticText.Number(x.Points)}")),
        PassFailMethod p => "pass_fail " + p.Condition.Text,
        JudgementMethod => "judgement",
        AlternativesMethod a => "alternatives: " + string.Join("; ", a.Options.Select(o => (o.When is null ? "otherwise" : "when " + o.When.Text) + ": " + Describe(o.Method))),
        _ => method.Kind,
    };
}
