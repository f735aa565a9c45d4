using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PerfEval.Rendering;
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
    /// <param name="options">
    /// The language of each change's <see cref="RuleSetChange.Before"/> and <see cref="RuleSetChange.After"/>: under
    /// English the rule as written (<c>bands on carryover_rate: [0, 0.05]: 2</c>), under Chinese as its 评分标准 reads, in
    /// the rule set's names (结转结余率：5%及以下，得2分). <value>Defaults to <see cref="RenderOptions.Default"/>.</value>
    /// </param>
    /// <returns>The changes, metadata first, then indicators in the new tree's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="before"/> or <paramref name="after"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<RuleSetChange> Compare(RuleSet before, RuleSet after, RenderOptions? options = null)
    {
        Guard.NotNull(before);
        Guard.NotNull(after);
        // Whether a rule changed is decided on its English words (the rule as written), so both languages list the same changes.
        var zh = (options ?? RenderOptions.Default).Language == ReportLanguage.Chinese;
        var wasAsWritten = new Words(before, zh: false);
        var nowAsWritten = new Words(after, zh: false);
        var was = zh ? new Words(before, zh: true) : wasAsWritten;
        var now = zh ? new Words(after, zh: true) : nowAsWritten;
        var changes = new List<RuleSetChange>();
        void Scalar(ChangeKind kind, string key, string? old, string? @new)
        {
            if (old != @new)
            {
                changes.Add(new RuleSetChange(kind, key, old, @new));
            }
        }

        void Rule(ChangeKind kind, string key, Func<Words, string?> old, Func<Words, string?> @new)
        {
            if (old(wasAsWritten) != @new(nowAsWritten))
            {
                changes.Add(new RuleSetChange(kind, key, old(was), @new(now)));
            }
        }

        void Named<T>(ChangeKind kind, IReadOnlyList<T> olds, IReadOnlyList<T> news, Func<T, string> key, Func<Words, T, string> describe)
        {
            var old = olds.ToDictionary(key, StringComparer.Ordinal);
            foreach (var item in news)
            {
                if (!old.TryGetValue(key(item), out var had))
                {
                    changes.Add(new RuleSetChange(kind, key(item), null, describe(now, item)));
                }
                else
                {
                    Rule(kind, key(item), w => describe(w, had), w => describe(w, item));
                }
            }

            var kept = new HashSet<string>(news.Select(key), StringComparer.Ordinal);
            foreach (var item in olds.Where(i => !kept.Contains(key(i))))
            {
                changes.Add(new RuleSetChange(kind, key(item), describe(was, item), null));
            }
        }

        Scalar(ChangeKind.Metadata, "id", before.Id, after.Id);
        Scalar(ChangeKind.Metadata, "version", before.Version, after.Version);
        Scalar(ChangeKind.Metadata, "title", before.Title, after.Title);
        Scalar(ChangeKind.Metadata, "jurisdiction", before.Jurisdiction, after.Jurisdiction);
        Scalar(ChangeKind.Metadata, "fiscal_year", before.FiscalYear?.ToString(CultureInfo.InvariantCulture), after.FiscalYear?.ToString(CultureInfo.InvariantCulture));
        Scalar(ChangeKind.Metadata, "source", before.Source, after.Source);
        Scalar(ChangeKind.Total, "total", DiagnosticText.Number(before.TotalPoints), DiagnosticText.Number(after.TotalPoints));
        Rule(ChangeKind.Rounding, "rounding", w => w.Rounding(before.Rounding), w => w.Rounding(after.Rounding));
        Rule(ChangeKind.GradeBands, "grades", w => w.Grades(before.Grades), w => w.Grades(after.Grades));

        Named(ChangeKind.Input, before.Inputs, after.Inputs, i => i.Name, (w, i) => w.Input(i));
        Named(ChangeKind.Metric, before.Metrics, after.Metrics, m => m.Name, (w, m) => w.Metric(m));
        Named(ChangeKind.Check, before.Checks, after.Checks, c => c.Id, (w, c) => w.Check(c));

        var old = Flatten(before.Indicators, null).ToDictionary(p => p.Indicator.Id, StringComparer.Ordinal);
        var @new = Flatten(after.Indicators, null).ToList();
        foreach (var (indicator, parent) in @new)
        {
            if (!old.TryGetValue(indicator.Id, out var previous))
            {
                changes.Add(new RuleSetChange(ChangeKind.IndicatorAdded, indicator.Id, null, now.Added(indicator, parent)));
                continue;
            }

            var had = previous.Indicator;
            Scalar(ChangeKind.IndicatorRenamed, indicator.Id, had.Name, indicator.Name);
            Rule(ChangeKind.IndicatorMoved, indicator.Id, w => w.Parent(previous.Parent), w => w.Parent(parent));
            Scalar(ChangeKind.Weight, indicator.Id, DiagnosticText.Number(had.Weight), DiagnosticText.Number(indicator.Weight));
            Rule(ChangeKind.Applicability, indicator.Id, w => w.Applicability(had), w => w.Applicability(indicator));
            if (had.Method is { } m1 && indicator.Method is { } m2)
            {
                var kind = m1.Kind != m2.Kind ? ChangeKind.Method : m1 is FormulaMethod ? ChangeKind.Formula : m1 is BandsMethod ? ChangeKind.Bands : ChangeKind.Scoring;
                Rule(kind, indicator.Id, w => w.Method(m1, had.Weight), w => w.Method(m2, indicator.Weight));
            }
            else if ((had.Method is null) != (indicator.Method is null))
            {
                changes.Add(new RuleSetChange(ChangeKind.Method, indicator.Id, was.Method(had.Method, had.Weight), now.Method(indicator.Method, indicator.Weight)));
            }
        }

        var kept = new HashSet<string>(@new.Select(p => p.Indicator.Id), StringComparer.Ordinal);
        foreach (var (indicator, _) in Flatten(before.Indicators, null).Where(p => !kept.Contains(p.Indicator.Id)))
        {
            changes.Add(new RuleSetChange(ChangeKind.IndicatorRemoved, indicator.Id, was.Removed(indicator), null));
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


    /// <summary>One side's rules in words: English as written in the rule file, Chinese in the rule set's names as its 评分标准 reads.</summary>
    private sealed class Words
    {
        private readonly RuleSet rules;
        private readonly bool zh;

        public Words(RuleSet rules, bool zh)
        {
            this.rules = rules;
            this.zh = zh;
        }

        public string Rounding(Rounding rounding) => zh
            ? $"保留{rounding.Decimals}位小数，{(rounding.Mode == MidpointRounding.AwayFromZero ? "四舍五入" : "四舍六入五成双")}"
            : $"{rounding.Decimals} decimals, {(rounding.Mode == MidpointRounding.AwayFromZero ? "away_from_zero" : "to_even")}";

        public string Grades(IReadOnlyList<GradeBand> grades) => zh
            ? string.Join("；", grades.Select(g => $"{g.Label}：{BandWords.Chinese(g.Range, ratio: false, unit: "分")}"))
            : string.Join("; ", grades.Select(g => $"{g.Label} {g.Range}"));

        public string Input(InputDefinition input) => zh
            ? InputTemplateRenderer.DescribeZh(input)
            : $"{input.Type.ToString().ToLowerInvariant()}{(input.Required ? string.Empty : ", optional")}{(input.Unit is null ? string.Empty : ", " + input.Unit)}"
                + (input.Min is null && input.Max is null ? string.Empty : $", {new NumericRange(input.Min, true, input.Max, true)}")
                + (input.Choices.Count == 0 ? string.Empty : $", one of {string.Join("/", input.Choices)}");

        public string Metric(MetricDefinition metric) => zh
            ? SelfEvaluationText.NameOf(rules, metric.Name) + " = " + SelfEvaluationText.FormulaZh(rules, metric.Expression.Text)
            : metric.Expression.Text;

        public string Check(CheckDefinition check) => zh ? SelfEvaluationText.FormulaZh(rules, check.Assertion.Text) : check.Assertion.Text;

        public string Parent(string? id) => id is null ? (zh ? "（一级指标）" : "(top)") : zh ? rules.FindIndicator(id)?.Name ?? id : id;

        public string? Applicability(Indicator indicator)
        {
            if (indicator.AppliesWhen is not { } condition)
            {
                return null;
            }

            if (zh)
            {
                return SelfEvaluationText.NotAssessedRuleZh(rules, condition, indicator.Fallback);
            }

            var fallback = indicator.Fallback;
            var kind = fallback?.Kind switch
            {
                FallbackKind.MoveTo => "move_to " + fallback.Target,
                FallbackKind.Spread => "spread",
                FallbackKind.FullMarks => "full_marks",
                FallbackKind.Zero => "zero",
                _ => "none",
            };
            return $"applies when {condition.Text}, else {kind}";
        }

        public string Method(ScoringMethod? method, decimal weight) => method is null
            ? (zh ? "指标组（按下级指标计分）" : "group")
            : zh ? SelfEvaluationText.MethodZh(rules, method, weight) : Describe(method);

        public string Added(Indicator indicator, string? parent) => zh
            ? $"{indicator.Name}（分值{DiagnosticText.Number(indicator.Weight)}{(parent is null ? string.Empty : "，属于“" + Parent(parent) + "”")}）{(indicator.Method is { } m ? "：" + Method(m, indicator.Weight) : string.Empty)}"
            : $"{indicator.Name} (weight {DiagnosticText.Number(indicator.Weight)}{(parent is null ? string.Empty : ", in " + parent)}){(indicator.Method is { } m2 ? ": " + Describe(m2) : string.Empty)}";

        public string Removed(Indicator indicator) => zh
            ? $"{indicator.Name}（分值{DiagnosticText.Number(indicator.Weight)}）"
            : $"{indicator.Name} (weight {DiagnosticText.Number(indicator.Weight)})";
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
