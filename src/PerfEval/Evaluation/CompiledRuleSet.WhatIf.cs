using PerfEval.Inputs;
using PerfEval.Results;
using PerfEval.WhatIf;

namespace PerfEval.Evaluation;

/// <content>What-if and goal seeking: the doors to <see cref="WhatIf"/>'s namespace, next to <see cref="Evaluate(InputValues, EvaluationOptions?)"/>.</content>
public sealed partial class CompiledRuleSet
{
    /// <summary>Scores an input as given and again with some values or judgements changed.</summary>
    /// <param name="input">The input values and judgements, by name.</param>
    /// <param name="changes">
    /// The values to change, by input name, and the judgements to change, by indicator id. A judgement given with an
    /// empty reason keeps the reason of the input's judgement.
    /// </param>
    /// <returns>
    /// Both scorecards and every indicator whose score moved; or the input's errors, or the errors of the changes (an
    /// unknown name, a value of the wrong type or out of its declared range), reported against the changes' source.
    /// </returns>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public Result<WhatIfResult> WhatIf(InputValues input, InputValues changes)
    {
        Guard.NotNull(input);
        Guard.NotNull(changes);
        return WhatIfRun.Run(this, input, changes);
    }

    /// <summary>
    /// Works out what it would take to reach a grade or a total: each indicator that lost points, with the smallest
    /// change of each of its own inputs that wins them back (the points a judgement needs), whether it lies in the
    /// input's declared range and what it does to other indicators; and the combination that reaches the target with
    /// the fewest indicators changed. Every proposal is checked by rescoring.
    /// </summary>
    /// <param name="input">The input values and judgements, by name.</param>
    /// <param name="target">The grade or total aimed at.</param>
    /// <returns>What it would take, or the input's errors.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="target"/> is a grade the rule set does not have.</exception>
    public Result<ReachResult> Reach(InputValues input, ReachTarget target)
    {
        Guard.NotNull(input);
        Guard.NotNull(target);
        return Reacher.Run(this, input, target);
    }
}
