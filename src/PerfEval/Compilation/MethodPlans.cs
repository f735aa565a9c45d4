using System;
using System.Collections.Generic;
using System.Linq;
using PerfEval.Formulas;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Compilation;

/// <summary>
/// A scoring method compiled: its formulas checked and compiled, its figures in arrays. One small sealed type per method,
/// below; the evaluator scores each (Evaluator.Scoring.cs).
/// </summary>
internal abstract class MethodPlan
{
    public abstract string Kind { get; }

    public abstract IEnumerable<CompiledFormula> Formulas { get; }
}

internal sealed class FormulaPlan : MethodPlan
{
    public FormulaPlan(CompiledFormula score) => Score = score;

    public CompiledFormula Score { get; }

    public override string Kind => "formula";

    public override IEnumerable<CompiledFormula> Formulas => new[] { Score };
}

internal sealed class BandsPlan : MethodPlan
{
    public BandsPlan(CompiledFormula value, BandsMethod definition)
    {
        Value = value;
        Definition = definition;
        Bands = definition.Bands.ToArray();
        Unit = FormulaPrinter.IsAtom(value) && value.Symbols.Count == 1 ? value.Symbols[0].Input?.Unit ?? value.Symbols[0].Metric?.Unit : null;
    }

    public CompiledFormula Value { get; }

    /// <summary>Gets the unit of the banded value when it is one input or metric (a band hit words its bounds in it).</summary>
    public string? Unit { get; }

    public BandsMethod Definition { get; }

    public Band[] Bands { get; }

    public override string Kind => "bands";

    public override IEnumerable<CompiledFormula> Formulas => new[] { Value };

    public Band? Find(decimal x)
    {
        foreach (var band in Bands)
        {
            if (band.Range.Contains(x))
            {
                return band;
            }
        }

        return null;
    }
}

internal sealed class DeductionPlan : MethodPlan
{
    public DeductionPlan(CompiledFormula value, DeductionMethod definition)
    {
        Value = value;
        Definition = definition;
    }

    public CompiledFormula Value { get; }

    public DeductionMethod Definition { get; }

    public override string Kind => "deduction";

    public override IEnumerable<CompiledFormula> Formulas => new[] { Value };

    /// <summary>Counts the deduction for a measured value: how far beyond the threshold, in units, the points taken off, the score.</summary>
    public (decimal Beyond, decimal Units, decimal Deducted, decimal Raw) Deduct(decimal x, decimal weight)
    {
        var d = Definition;
        var beyond = d.Direction == DeductionDirection.Above ? x - d.Threshold : d.Threshold - x;
        var units = beyond <= 0 ? 0m : beyond / d.Per;
        units = d.Counting switch
        {
            DeductionCounting.Whole => Math.Floor(units),
            DeductionCounting.Started => Math.Ceiling(units),
            _ => units,
        };

        var deducted = units * d.Points;
        return (beyond, units, deducted, Math.Max(0m, weight - deducted));
    }
}

internal sealed class ChecklistPlan : MethodPlan
{
    public ChecklistPlan(IReadOnlyList<(ChecklistCriterion Criterion, CompiledFormula Met)> criteria)
    {
        Criteria = criteria.ToArray();
        Roles = criteria.Select(c => Messages.Criterion.With(c.Criterion.Id)).ToArray();
    }

    public (ChecklistCriterion Criterion, CompiledFormula Met)[] Criteria { get; }

    /// <summary>Gets how each criterion is named in an error message.</summary>
    public DiagnosticMessage[] Roles { get; }

    public override string Kind => "checklist";

    public override IEnumerable<CompiledFormula> Formulas => Criteria.Select(c => c.Met);
}

internal sealed class PassFailPlan : MethodPlan
{
    public PassFailPlan(CompiledFormula condition) => Condition = condition;

    public CompiledFormula Condition { get; }

    public override string Kind => "pass_fail";

    public override IEnumerable<CompiledFormula> Formulas => new[] { Condition };
}

internal sealed class JudgementPlan : MethodPlan
{
    public override string Kind => "judgement";

    public override IEnumerable<CompiledFormula> Formulas => Array.Empty<CompiledFormula>();
}

internal sealed class AlternativesPlan : MethodPlan
{
    public AlternativesPlan(IReadOnlyList<(Alternative Option, CompiledFormula? When, MethodPlan Plan)> options)
    {
        Options = options.ToArray();
        Roles = options.Select((_, i) => Messages.OptionCondition.With(i + 1)).ToArray();
    }

    public (Alternative Option, CompiledFormula? When, MethodPlan Plan)[] Options { get; }

    /// <summary>Gets how each option's condition is named in an error message.</summary>
    public DiagnosticMessage[] Roles { get; }

    public override string Kind => "alternatives";

    public override IEnumerable<CompiledFormula> Formulas => Options.SelectMany(o => (o.When is null ? Enumerable.Empty<CompiledFormula>() : new[] { o.When }).Concat(o.Plan.Formulas));
}

/// <summary>
/// A group whose rows the input brings (format 1.1 <c>rows</c>): its kinds, each kind's rule for each comparison
/// resolved to a <see cref="RowRule"/>, and the grades of qualitative rows. The rows themselves are bound with the input.
/// </summary>
internal sealed class RowsPlan : MethodPlan
{
    private readonly Dictionary<string, RowRule[]> rulesByKind;

    public RowsPlan(RowGroup group, int slot, RuleSet ruleSet)
    {
        Group = group;
        Slot = slot;
        Grades = ruleSet.QualitativeGrades;
        Units = ruleSet.Units;
        rulesByKind = new Dictionary<string, RowRule[]>(StringComparer.Ordinal);
        foreach (var kind in group.Kinds)
        {
            // Validation made every name a row rule.
            rulesByKind[kind.Name] = new[] { RowComparison.AtLeast, RowComparison.AtMost, RowComparison.Equal }
                .Select(c => ruleSet.FindRowRule(group.RuleFor(kind, c))!)
                .ToArray();
        }
    }

    public RowGroup Group { get; }

    /// <summary>Gets the group's place among the rule set's row groups, where a bound input keeps its rows.</summary>
    public int Slot { get; }

    public IReadOnlyList<QualitativeGrade> Grades { get; }

    /// <summary>Gets the rule set's units beyond the built-in ones.</summary>
    public IReadOnlyList<string> Units { get; }

    public override string Kind => "rows";

    public override IEnumerable<CompiledFormula> Formulas => Array.Empty<CompiledFormula>();

    /// <summary>Gets the rule that scores a row of a kind whose target compares as given.</summary>
    public RowRule RuleFor(RowKind kind, RowComparison comparison) => rulesByKind[kind.Name][(int)comparison];
}
