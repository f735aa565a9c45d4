using PerfEval.Compilation;
using PerfEval.Inputs;
using PerfEval.Results;
using PerfEval.Rules;

namespace PerfEval.Evaluation;

/// <summary>
/// A rule set loaded, validated and compiled: every formula parsed and checked once, ready to score any number of inputs.
/// Evaluating never parses text. Obtain one from <see cref="Loading.RuleSetLoader"/>.
/// </summary>
/// <threadsafety>Immutable: one instance may score inputs from many threads at once.</threadsafety>
public sealed partial class CompiledRuleSet
{
    internal CompiledRuleSet(RuleSetPlan plan) => Plan = plan;

    /// <summary>Gets the rule set's model.</summary>
    public RuleSet Definition => Plan.Definition;

    /// <summary>Gets the rule set's id.</summary>
    public string Id => Definition.Id;

    /// <summary>Gets the rule set's version.</summary>
    public string Version => Definition.Version;

    internal RuleSetPlan Plan { get; }

    /// <summary>Scores an input.</summary>
    /// <param name="input">The input values and judgements.</param>
    /// <param name="options">What to build besides the numbers. <value>Defaults to <see cref="EvaluationOptions.Default"/>: explanations too.</value></param>
    /// <returns>The scorecard, or every error that prevented it (naming the indicator and input concerned).</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    public EvaluationResult Evaluate(InputValues input, EvaluationOptions? options = null)
    {
        Guard.NotNull(input);
        return new Evaluator(this, input, options).Run();
    }

    /// <summary>Scores an input and throws if it cannot be scored.</summary>
    /// <param name="input">The input values and judgements.</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    /// <exception cref="InputException">The input cannot be scored; the exception lists every error.</exception>
    public Scorecard Score(InputValues input) => Evaluate(input).GetScorecardOrThrow();
}
