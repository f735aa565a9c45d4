using System;
using System.Collections.Generic;
using System.Linq;
using PerfEval.Formulas;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Compilation;

/// <summary>
/// The <c>project_form</c> block with every name resolved once: the symbol of each header cell and the index of the
/// indicator a funds line shows. Evaluation copies the cells into the scorecard's <see cref="ProjectHeader"/>.
/// </summary>
internal sealed class ProjectFormPlan
{
    private ProjectFormPlan(Symbol? department, Symbol? implementer, FundsLinePlan[] funds, Symbol? goal, Symbol? achieved)
    {
        Department = department;
        Implementer = implementer;
        Funds = funds;
        Goal = goal;
        Achieved = achieved;
    }

    public Symbol? Department { get; }

    public Symbol? Implementer { get; }

    public FundsLinePlan[] Funds { get; }

    public Symbol? Goal { get; }

    public Symbol? Achieved { get; }

    /// <summary>
    /// Resolves the block, reporting each name that is not a declared input or metric of the cell's kind (PE0604) or
    /// not an indicator (PE0605); adds the inputs it names to <paramref name="used"/>.
    /// </summary>
    public static ProjectFormPlan? Create(RuleSet ruleSet, SymbolTable symbols, IReadOnlyDictionary<string, int> indicatorIndex, HashSet<string> used, DiagnosticSink sink)
    {
        if (ruleSet.ProjectForm is not { } form)
        {
            return null;
        }

        var funds = form.Funds.Select(line => new FundsLinePlan(
            line.Label,
            Resolve(line.Initial, ValueKind.Number),
            Resolve(line.Annual, ValueKind.Number),
            Resolve(line.Executed, ValueKind.Number),
            Resolve(line.Rate, ValueKind.Number),
            IndicatorOf(line.Indicator))).ToArray();
        return new ProjectFormPlan(Resolve(form.Department, ValueKind.Text), Resolve(form.Implementer, ValueKind.Text), funds, Resolve(form.Goal, ValueKind.Text), Resolve(form.Achieved, ValueKind.Text));

        Symbol? Resolve(FormName? name, ValueKind kind)
        {
            if (name is null)
            {
                return null;
            }

            var symbol = symbols.Find(name.Name);
            if (symbol is null || symbol.Kind != kind)
            {
                var known = symbols.All.Where(s => s.Kind == kind).Select(s => s.Name).ToList();
                var hint = symbol is null ? Spelling.Closest(name.Name, known) : null;
                var what = (kind == ValueKind.Number ? Messages.ANumber : Messages.AText).With();
                sink.Error(Codes.FormUnknownName, Messages.FormNameUnknown.With(name.Name, name.Key, what, hint is null ? null : Messages.DidYouMean.With(hint)), name.Position);
                return null;
            }

            used.Add(symbol.Name);
            return symbol;
        }

        int IndicatorOf(FormName? name)
        {
            if (name is null)
            {
                return -1;
            }

            if (indicatorIndex.TryGetValue(name.Name, out var index))
            {
                return index;
            }

            var hint = Spelling.Closest(name.Name, indicatorIndex.Keys);
            sink.Error(Codes.FormUnknownIndicator, Messages.FormIndicatorUnknown.With(name.Name, hint is null ? null : Messages.DidYouMean.With(hint)), name.Position);
            return -1;
        }
    }
}

/// <summary>One resolved line of 项目资金（万元）; <see cref="Indicator"/> is -1 when the line shows no indicator.</summary>
internal sealed record FundsLinePlan(string Label, Symbol? Initial, Symbol? Annual, Symbol? Executed, Symbol? Rate, int Indicator);
