using System;
using System.Collections.Generic;
using System.Linq;
using PerfEval.Formulas;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Compilation;

/// <summary>
/// An indicator compiled for evaluation: its place in the tree (indices in tree pre-order), its compiled condition and
/// method, where its weight goes when it is not assessed. Immutable; made by <see cref="RuleSetCompiler"/>.
/// </summary>
internal sealed class IndicatorPlan
{
    public IndicatorPlan(Indicator definition, int index, int end, int parent, string path, int level, CompiledFormula? appliesWhen, bool underCondition, MethodPlan? method, IndicatorPlan[] children, int fallbackTarget, int judgementSlot, decimal shownWeight)
    {
        Definition = definition;
        Index = index;
        End = end;
        Parent = parent;
        Path = path;
        Level = level;
        AppliesWhen = appliesWhen;
        UnderCondition = underCondition;
        Method = method;
        Children = children;
        FallbackTarget = fallbackTarget;
        JudgementSlot = judgementSlot;
        ShownWeight = shownWeight;
        var leaves = children.SelectMany(c => c.Leaves);
        Leaves = (method is null ? leaves : leaves.Prepend(this)).ToArray();
        var formulas = method?.Formulas ?? Enumerable.Empty<CompiledFormula>();
        Formulas = (appliesWhen is null ? formulas : formulas.Prepend(appliesWhen)).ToArray();
        Symbols = Formulas.SelectMany(f => f.Symbols).Distinct().ToArray();
        Note = definition.Method?.Note is { } methodNote
            ? (definition.Note is null ? methodNote : definition.Note + " " + methodNote)
            : definition.Note;
        Info = new IndicatorInfo(Id, definition.Name, path, level, shownWeight, method?.Kind, Note, IsGroup ? Array.ConvertAll(children, c => c.Index) : IndicatorInfo.NoChildren);
    }

    /// <summary>Gets what every scorecard shows of this indicator whatever the input.</summary>
    public IndicatorInfo Info { get; }

    public Indicator Definition { get; }

    public string Id => Definition.Id;

    public decimal Weight => Definition.Weight;

    /// <summary>Gets the position in tree (pre-)order; also the slot in per-evaluation arrays.</summary>
    public int Index { get; }

    /// <summary>Gets the index just past this indicator's last descendant: its subtree is <see cref="Index"/> up to here.</summary>
    public int End { get; }

    /// <summary>Gets the parent's index, or -1 for a top-level indicator.</summary>
    public int Parent { get; }

    public string Path { get; }

    public int Level { get; }

    public IReadOnlyList<IndicatorPlan> Children { get; }

    public bool IsGroup => Method is null && Definition.IsGroup;

    /// <summary>Gets the leaves at or below this indicator, in tree order.</summary>
    public IReadOnlyList<IndicatorPlan> Leaves { get; }

    public CompiledFormula? AppliesWhen { get; }

    /// <summary>Gets a value indicating whether this indicator, or one it belongs to, has a condition (so may not be assessed).</summary>
    public bool UnderCondition { get; }

    public MethodPlan? Method { get; }

    /// <summary>Gets the index of the indicator a <c>move_to</c> fallback names, or -1.</summary>
    public int FallbackTarget { get; }

    /// <summary>Gets the slot of an indicator that takes a judgement (its own or an option's) among the judged indicators, or -1.</summary>
    public int JudgementSlot { get; }

    /// <summary>Gets the weight rounded as the scorecard shows it.</summary>
    public decimal ShownWeight { get; }

    /// <summary>Gets every formula of the indicator (condition, then method), for the values shown and input checks.</summary>
    public IReadOnlyList<CompiledFormula> Formulas { get; }

    /// <summary>Gets the inputs and metrics the indicator's formulas read, each once.</summary>
    public IReadOnlyList<Symbol> Symbols { get; }

    /// <summary>Gets the indicator's note followed by its scoring method's, as the scorecard shows them.</summary>
    public string? Note { get; }
}
