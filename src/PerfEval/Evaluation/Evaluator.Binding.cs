using PerfEval.Compilation;
using PerfEval.Inputs;

namespace PerfEval.Evaluation;

/// <content>Binding the input: each value checked and put in its symbol's slot, each judgement in its indicator's.</content>
internal sealed partial class Evaluator
{
    private void Bind()
    {
        // When every required input was among the values given, none is missing.
        var required = 0;
        foreach (var pair in input.ValueTable)
        {
            if (!rules.InputsByName.TryGetValue(pair.Key, out var symbol))
            {
                ReportUnknownInput(pair.Key, pair.Value);
                continue;
            }

            if (symbol.Required)
            {
                required++;
            }

            if (!symbol.TryBind(pair.Value, Frame))
            {
                ReportRejected(symbol, pair.Value);
            }
        }

        if (required != rules.RequiredInputs)
        {
            ReportMissingInputs();
        }

        BindJudgements();
    }

    private void BindJudgements()
    {
        var table = input.JudgementTable;
        if (table.Count == 0)
        {
            return;
        }

        judgements = new Judgement?[rules.JudgedPlans.Length];
        foreach (var pair in table)
        {
            if (rules.JudgedById.TryGetValue(pair.Key, out var judged))
            {
                judgements[judged.JudgementSlot] = pair.Value;
            }
            else
            {
                ReportUnexpectedJudgement(pair.Key, pair.Value);
            }
        }
    }

    private void WarnIgnoredJudgements()
    {
        if (judgements is null)
        {
            return;
        }

        foreach (var plan in rules.ConditionallyJudged)
        {
            if (judgements[plan.JudgementSlot] is { } judgement && !lines[plan.Index].Assessed)
            {
                WarnIgnoredJudgement(plan, judgement);
            }
        }
    }
}
