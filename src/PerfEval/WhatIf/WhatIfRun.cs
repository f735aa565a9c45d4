using System;
using System.Collections.Generic;
using PerfEval.Evaluation;
using PerfEval.Inputs;
using PerfEval.Results;

namespace PerfEval.WhatIf;

/// <summary>
/// Scores an input as given and with changes made. The changed input is bound like any other, so a change naming no
/// input, of the wrong type or out of range is reported as such, against the changes' source.
/// </summary>
internal static class WhatIfRun
{
    public static Result<WhatIfResult> Run(CompiledRuleSet rules, InputValues input, InputValues changes)
    {
        var before = rules.Evaluate(input);
        if (before.Value is not { } card)
        {
            return Result<WhatIfResult>.OfInput(null, before.Diagnostics);
        }

        var changed = Merge(input, changes);
        var after = rules.Evaluate(changed);
        if (after.Value is not { } afterCard)
        {
            return Result<WhatIfResult>.OfInput(null, after.Diagnostics);
        }

        return Result<WhatIfResult>.OfInput(new WhatIfResult(card, afterCard, Applied(rules, input, changes)), after.Diagnostics);
    }

    /// <summary>The reason of a judgement a change gives without one for an indicator the input did not judge.</summary>
    internal const string Hypothetical = "what-if";

    /// <summary>
    /// The input with each changed value and judgement put in place; a judgement changed without a reason keeps the one
    /// given, or, for an indicator the input did not judge (one a change makes apply), reads <see cref="Hypothetical"/>.
    /// </summary>
    private static InputValues Merge(InputValues input, InputValues changes)
    {
        var values = new Dictionary<string, InputValue>(input.ValueTable, StringComparer.Ordinal);
        foreach (var pair in changes.ValueTable)
        {
            values[pair.Key] = pair.Value;
        }

        var judgements = new Dictionary<string, Judgement>(input.JudgementTable, StringComparer.Ordinal);
        foreach (var pair in changes.JudgementTable)
        {
            var reason = !string.IsNullOrWhiteSpace(pair.Value.Reason) ? pair.Value.Reason : input.JudgementTable.TryGetValue(pair.Key, out var was) ? was.Reason : Hypothetical;
            judgements[pair.Key] = new Judgement(pair.Value.Score, reason, pair.Value.Line, pair.Value.Column);
        }

        // Rows are not changed one by one: changes that bring rows bring the whole table.
        return new InputValues(input.Subject, changes.SourceName ?? input.SourceName, values, judgements, changes.Rows.Count > 0 ? changes.Rows : input.Rows);
    }

    private static List<InputChange> Applied(CompiledRuleSet rules, InputValues input, InputValues changes)
    {
        var applied = new List<InputChange>(changes.ValueTable.Count + changes.JudgementTable.Count);
        foreach (var pair in changes.ValueTable)
        {
            input.ValueTable.TryGetValue(pair.Key, out var was);
            var declared = rules.Plan.InputsByName.TryGetValue(pair.Key, out var symbol) ? symbol.Input : null;
            applied.Add(new InputChange(pair.Key, false, was, pair.Value, declared?.Unit, declared?.Description));
        }

        foreach (var pair in changes.JudgementTable)
        {
            var was = input.JudgementTable.TryGetValue(pair.Key, out var judgement) ? InputValue.Of(judgement.Score) : null;
            applied.Add(new InputChange(pair.Key, true, was, InputValue.Of(pair.Value.Score), null, rules.Plan.ById.TryGetValue(pair.Key, out var plan) ? plan.Definition.Name : null));
        }

        return applied;
    }
}
