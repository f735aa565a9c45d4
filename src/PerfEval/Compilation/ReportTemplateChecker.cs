using System;
using System.Collections.Generic;
using System.Linq;
using PerfEval.Formulas;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Compilation;

/// <summary>
/// Checks the report templates of a rule set as formulas are checked: every placeholder names an input, a metric, a
/// criterion of the indicator's own checklist or one of the report's own names, and a yes/no value is written as a
/// choice (<c>{name?yes:no}</c>) while a figure is not.
/// </summary>
internal static class ReportTemplateChecker
{
    /// <summary>The names every template knows besides the inputs and metrics, with their kinds.</summary>
    public static readonly IReadOnlyDictionary<string, ValueKind> Common = new Dictionary<string, ValueKind>(StringComparer.Ordinal)
    {
        ["fiscal_year"] = ValueKind.Number,
        ["subject"] = ValueKind.Text,
    };

    /// <summary>The names an indicator's template knows besides the common ones: its score and how it was reached.</summary>
    public static readonly IReadOnlyDictionary<string, ValueKind> OfIndicator = new Dictionary<string, ValueKind>(StringComparer.Ordinal)
    {
        ["name"] = ValueKind.Text,
        ["reason"] = ValueKind.Text,
        ["weight"] = ValueKind.Number,
        ["effective_weight"] = ValueKind.Number,
        ["score"] = ValueKind.Number,
        ["lost"] = ValueKind.Number,
        ["passed"] = ValueKind.Boolean,
    };

    /// <summary>The names the rule set's own templates know besides the common ones.</summary>
    public static readonly IReadOnlyDictionary<string, ValueKind> OfRuleSet = new Dictionary<string, ValueKind>(StringComparer.Ordinal)
    {
        ["total"] = ValueKind.Number,
        ["grade"] = ValueKind.Text,
    };

    /// <summary>Checks every template; returns the input and metric names they use (an input used only by the report is used).</summary>
    public static HashSet<string> Check(RuleSet ruleSet, SymbolTable symbols, DiagnosticSink sink)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var failedMetrics = new HashSet<string>(ruleSet.Metrics.Select(m => m.Name).Where(m => symbols.Find(m) is null), StringComparer.Ordinal);
        foreach (var (key, template) in ruleSet.Report?.All() ?? Enumerable.Empty<(string, ReportTemplate)>())
        {
            Check(template, Messages.ReportTemplateKey.With(key), null, OfRuleSet, symbols, failedMetrics, used, sink);
        }

        var pending = new Stack<Indicator>(ruleSet.Indicators);
        while (pending.Count > 0)
        {
            var indicator = pending.Pop();
            foreach (var child in indicator.Children)
            {
                pending.Push(child);
            }

            if (indicator.Report is not { } template)
            {
                continue;
            }

            var local = OfIndicator.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            if (indicator.Method is ChecklistMethod checklist)
            {
                foreach (var criterion in checklist.Criteria)
                {
                    local[criterion.Id] = ValueKind.Boolean;
                }
            }

            Check(template, Messages.IndicatorReportTemplate.With(indicator.Id), indicator.Id, local, symbols, failedMetrics, used, sink);
        }

        return used;
    }

    /// <summary>The kind of a name in a template's scope: the template's own names first, then inputs and metrics.</summary>
    public static ValueKind? KindOf(string name, IReadOnlyDictionary<string, ValueKind> local, SymbolTable symbols)
        => local.TryGetValue(name, out var own) ? own : Common.TryGetValue(name, out var common) ? common : symbols.Find(name)?.Kind;

    private static void Check(ReportTemplate template, DiagnosticMessage role, string? indicatorId, IReadOnlyDictionary<string, ValueKind> local, SymbolTable symbols, HashSet<string> failedMetrics, HashSet<string> used, DiagnosticSink sink)
    {
        foreach (var part in template.Parts)
        {
            if (part.Name is not { } name)
            {
                continue;
            }

            var (line, column) = template.LineColumn(part.Offset);
            var at = FormulaCompiler.MapPosition(template.Source, line, column);
            if (KindOf(name, local, symbols) is not { } kind)
            {
                if (failedMetrics.Contains(name))
                {
                    continue; // its own error is reported
                }

                var known = local.Keys.Concat(Common.Keys).Concat(symbols.All.Select(s => s.Name));
                var hint = Spelling.Closest(name, known);
                sink.Error(Codes.TemplateUnknownName, Messages.TemplateUnknownName.With(name, role, NameList.Of(local.Keys.Concat(Common.Keys)), hint is null ? null : Messages.DidYouMean.With(hint)), at, indicatorId);
                continue;
            }

            if (!local.ContainsKey(name) && !Common.ContainsKey(name))
            {
                used.Add(name);
            }

            if (kind == ValueKind.Boolean && !part.IsChoice)
            {
                sink.Error(Codes.TemplateWrongKind, Messages.TemplateYesNo.With(name, role), at, indicatorId);
            }
            else if (kind != ValueKind.Boolean && part.IsChoice)
            {
                sink.Error(Codes.TemplateWrongKind, Messages.TemplateNotYesNo.With(name, role, (kind == ValueKind.Number ? Messages.ANumber : Messages.AText).With()), at, indicatorId);
            }
        }
    }
}
