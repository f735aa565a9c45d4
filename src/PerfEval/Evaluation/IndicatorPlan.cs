using System.Collections.Generic;
using PerfEval.Formulas;
using PerfEval.Rules;

namespace PerfEval.Evaluation;

/// <summary>An indicator compiled for evaluation: its place in the tree, its compiled condition and method.</summary>
internal sealed class IndicatorPlan
{
    public IndicatorPlan(Indicator definition, int index, IndicatorPlan? parent, string path, int level)
    {
        Definition = definition;
        Index = index;
        Parent = parent;
        Path = path;
        Level = level;
        Note = definition.Method?.Note is { } methodNote
            ? (definition.Note is null ? methodNote : definition.Note + " " + methodNote)
            : definition.Note;
    }

    public Indicator Definition { get; }

    public string Id => Definition.Id;

    public decimal Weight => Definition.Weight;

    /// <summary>Gets the position in tree (pre-)order; also the slot in per-evaluation arrays.</summary>
    public int Index { get; }

    public IndicatorPlan? Parent { get; }

    /// <summary>Gets the index just past this indicator's last descendant: its subtree is <see cref="Index"/> up to here.</summary>
    public int End { get; set; }

    public string Path { get; }

    public int Level { get; }

    public List<IndicatorPlan> Children { get; } = new();

    public bool IsGroup => Method is null && Definition.IsGroup;

    /// <summary>Gets the leaves at or below this indicator, in tree order.</summary>
    public List<IndicatorPlan> Leaves { get; } = new();

    public CompiledFormula? AppliesWhen { get; set; }

    /// <summary>Gets a value indicating whether this indicator, or one it belongs to, has a condition (so may not be assessed).</summary>
    public bool UnderCondition
    {
        get
        {
            for (var p = this; p is not null; p = p.Parent)
            {
                if (p.AppliesWhen is not null)
                {
                    return true;
                }
            }

            return false;
        }
    }

    public MethodPlan? Method { get; set; }

    public IndicatorPlan? FallbackTarget { get; set; }

    /// <summary>Gets the slot of an indicator that takes a judgement (its own or an option's) in <see cref="CompiledRuleSet.JudgedPlans"/>, or -1.</summary>
    public int JudgementSlot { get; set; } = -1;

    /// <summary>Gets the weight rounded as the scorecard shows it.</summary>
    public decimal ShownWeight { get; set; }

    /// <summary>Gets every formula of the indicator (condition and method), for the values shown and input checks.</summary>
    public List<CompiledFormula> Formulas { get; } = new();

    /// <summary>Gets the inputs and metrics the indicator's formulas read, each once (set when compiling).</summary>
    public IReadOnlyList<Symbol> Symbols { get; set; } = System.Array.Empty<Symbol>();

    /// <summary>Gets the indicator's note followed by its scoring method's, as the scorecard shows them.</summary>
    public string? Note { get; }
}
