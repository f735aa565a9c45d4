using System.Collections.Generic;
using System.Linq;
using PerfEval.Formulas;
using PerfEval.Results;
using PerfEval.Rules;
using PerfEval.Validation;

namespace PerfEval.Rendering;

/// <summary>Turns an indicator's <see cref="Explanation"/> into a sentence: the band hit, the deduction, the criteria met, the scaling, the fallback.</summary>
public static class ExplanationRenderer
{
    /// <summary>Says how an indicator's score was reached, beyond its formula and reason.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="options">The language. <value>Defaults to <see cref="RenderOptions.Default"/>.</value></param>
    /// <returns>The sentence, or <see langword="null"/> when there is nothing to say (a formula's figures say it all) or no explanation was built.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="indicator"/> is <see langword="null"/>.</exception>
    public static string? Describe(IndicatorScore indicator, RenderOptions? options = null)
    {
        Guard.NotNull(indicator);
        if (indicator.Explanation is not { } e)
        {
            return null;
        }

        if (e.NotAssessed is { } notAssessed)
        {
            return NotAssessed(notAssessed);
        }

        var how = Method(e);
        if (e.Option is { } option)
        {
            how = $"{option.Name ?? $"option {option.Number}"} ({option.Method}, {(option.Condition is null ? "otherwise" : "when " + option.Condition)})" + (how is null ? string.Empty : ": " + how);
        }

        if (e.Scaling is { } scaling)
        {
            var text = Scaling(indicator, scaling);
            how = how is null ? text : how + "; " + text;
        }

        return how;
    }

    /// <summary>The formula with its figures: <c>formula → substituted</c>, or the figures alone.</summary>
    internal static string? FormulaLine(Explanation? e, string arrow = " → ")
        => e?.Substituted is not { } substituted ? null : e.Formula is null ? substituted : e.Formula + arrow + substituted;

    private static string? Method(Explanation e)
    {
        if (e.Band is { } band)
        {
            return $"value {FormulaPrinter.Number(e.Measured!.Value)} lies in {band.Range}: {DiagnosticText.Number(band.Points)} points";
        }

        if (e.Deduction is { } d)
        {
            var side = d.Direction == DeductionDirection.Above ? "above" : "below";
            var x = FormulaPrinter.Number(e.Measured!.Value);
            if (d.Beyond <= 0)
            {
                return $"value {x} is not {side} the threshold {DiagnosticText.Number(d.Threshold)}: nothing deducted";
            }

            var counting = d.Counting == DeductionCounting.Whole ? "whole " : d.Counting == DeductionCounting.Started ? "started " : string.Empty;
            return $"value {x} is {FormulaPrinter.Number(d.Beyond)} {side} the threshold {DiagnosticText.Number(d.Threshold)}: "
                + $"{FormulaPrinter.Number(d.Units)} {counting}unit(s) of {DiagnosticText.Number(d.Per)} × {DiagnosticText.Number(d.PointsPerUnit)} = {FormulaPrinter.Number(d.Deducted)} deducted"
                + (d.Floored ? ", floored at 0" : string.Empty);
        }

        if (e.Criteria.Count > 0)
        {
            return string.Join("; ", e.Criteria.Select(c => $"{(c.Met ? "✓" : "✗")} {c.Name} ({DiagnosticText.Number(c.Awarded)}/{DiagnosticText.Number(c.Points)})"));
        }

        return e.Passed switch
        {
            true => "condition met: full points",
            false => "condition not met: no points",
            _ => null,
        };
    }

    private static string Scaling(IndicatorScore indicator, WeightScaling s)
    {
        var received = string.Join(", ", s.Received.Select(m => m.To == indicator.Id
            ? $"{FormulaPrinter.Number(m.Points)} from '{m.From}'"
            : $"a share of the {FormulaPrinter.Number(m.Points)} moved from '{m.From}' to '{m.To}'"));
        return $"scaled by effective weight {FormulaPrinter.Number(s.EffectiveWeight)} / weight {DiagnosticText.Number(s.Weight)}"
            + (received.Length == 0 ? string.Empty : $" (received {received})")
            + $": {FormulaPrinter.Number(s.Raw)} × {FormulaPrinter.Number(s.EffectiveWeight)} / {DiagnosticText.Number(s.Weight)} = {FormulaPrinter.Number(s.Scaled)}";
    }

    private static string NotAssessed(NotAssessedReason reason)
    {
        var outcome = reason.Fallback switch
        {
            FallbackKind.MoveTo => $"weight moved to '{reason.Target}'",
            FallbackKind.Spread => "weight spread over " + string.Join(", ", reason.Moves.Select(m => $"'{m.To}' ({FormulaPrinter.Number(m.Points)})")),
            FallbackKind.FullMarks => "awarded full marks",
            _ => "scored zero",
        };
        return $"not assessed: applies_when of '{reason.IndicatorId}' ({reason.Condition}) is false; {outcome} ({RuleSetValidator.Kind(reason.Fallback)})";
    }
}
