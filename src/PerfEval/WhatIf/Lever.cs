using System;
using System.Collections.Generic;
using PerfEval.Compilation;
using PerfEval.Formulas;
using PerfEval.Inputs;
using PerfEval.Rules;

namespace PerfEval.WhatIf;

/// <summary>
/// Something a what-if can move: a declared input (number, condition or choice) or a judgement's score, with the step
/// and range a search moves it by and within. Changes go straight into a copy of a bound input's slots, so rescoring
/// never re-reads or re-parses anything.
/// </summary>
internal sealed class Lever
{
    private Lever(string name, LeverKind kind, Symbol? symbol, IndicatorPlan? judged, decimal step, decimal? min, decimal? max, string? unit, IReadOnlyList<string> choices)
    {
        Name = name;
        Kind = kind;
        Symbol = symbol;
        Judged = judged;
        Step = step;
        Min = min;
        Max = max;
        Unit = unit;
        Choices = choices;
    }

    public string Name { get; }

    public LeverKind Kind { get; }

    public Symbol? Symbol { get; }

    public IndicatorPlan? Judged { get; }

    /// <summary>Gets the step a search moves a number by: one unit of the rule set's decimals, or 1 for a whole number.</summary>
    public decimal Step { get; }

    public decimal? Min { get; }

    public decimal? Max { get; }

    public string? Unit { get; }

    /// <summary>Gets the input's description, or the judged indicator's name.</summary>
    public string? Description => Judged?.Definition.Name ?? Symbol!.Input!.Description;

    public IReadOnlyList<string> Choices { get; }

    public bool IsNumber => Kind is LeverKind.Number or LeverKind.Judgement;

    public NumericRange? Range => Min is null && Max is null ? null : new NumericRange(Min, true, Max, true);

    public static Lever? ForInput(Symbol symbol, int decimals)
    {
        var input = symbol.Input!;
        return input.Type switch
        {
            InputType.Decimal => new Lever(input.Name, LeverKind.Number, symbol, null, StepOf(decimals), input.Min, input.Max, input.Unit, Array.Empty<string>()),
            InputType.Integer => new Lever(input.Name, LeverKind.Number, symbol, null, 1m, input.Min, input.Max, input.Unit, Array.Empty<string>()),
            InputType.Boolean => new Lever(input.Name, LeverKind.Boolean, symbol, null, 0m, null, null, input.Unit, Array.Empty<string>()),
            InputType.Choice => new Lever(input.Name, LeverKind.Choice, symbol, null, 0m, null, null, input.Unit, input.Choices),
            _ => null, // Free text: nothing to search over.
        };
    }

    public static Lever ForJudgement(IndicatorPlan plan, int decimals)
        => new(plan.Id, LeverKind.Judgement, null, plan, StepOf(decimals), 0m, plan.Weight, null, Array.Empty<string>());

    /// <summary>One unit of the last decimal kept: 0.01 for two decimals.</summary>
    public static decimal StepOf(int decimals) => new(1, 0, 0, false, (byte)decimals);

    /// <summary>Gets the lever's value in a bound input, or <see langword="null"/> when not given.</summary>
    public InputValue? Current(BoundInput input)
    {
        if (Judged is { } plan)
        {
            return input.Judgements?[plan.JudgementSlot] is { Given: true } judgement ? InputValue.Of(judgement.Score) : null;
        }

        var i = Symbol!.Index;
        if (!input.Values.Present[i])
        {
            return null;
        }

        return Kind switch
        {
            LeverKind.Number => InputValue.Of(input.Values.Numbers[i]),
            LeverKind.Boolean => InputValue.Of(input.Values.Booleans[i]),
            _ => InputValue.Of(input.Values.Texts[i]!),
        };
    }

    /// <summary>A copy of a bound input with some levers moved; the value is put as it is, in range or not.</summary>
    public static BoundInput Apply(BoundInput input, IReadOnlyList<(Lever Lever, InputValue Value)> changes)
    {
        var frame = input.Values.Copy();
        var judgements = input.Judgements;
        foreach (var (lever, value) in changes)
        {
            if (lever.Judged is { } plan)
            {
                judgements = judgements is null ? new BoundJudgement[input.Rules.JudgedPlans.Length] : judgements == input.Judgements ? (BoundJudgement[])judgements.Clone() : judgements;
                ref var judgement = ref judgements[plan.JudgementSlot];
                judgement = new BoundJudgement(value.Number, judgement.Reasoned ? judgement.Reason : WhatIfRun.Hypothetical, true, 0, 0);
                continue;
            }

            var i = lever.Symbol!.Index;
            switch (lever.Kind)
            {
                case LeverKind.Number:
                    frame.Numbers[i] = value.Number;
                    break;
                case LeverKind.Boolean:
                    frame.Booleans[i] = value.Boolean;
                    break;
                default:
                    frame.Texts[i] = value.Text;
                    break;
            }

            frame.Present[i] = true;
        }

        return new BoundInput(input.Rules, input.Subject, input.SourceName, frame, judgements, input.Rows, input.HasReasons);
    }
}
