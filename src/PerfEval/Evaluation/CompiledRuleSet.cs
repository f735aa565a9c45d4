using PerfEval.Compilation;
using PerfEval.Formulas;
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

    /// <summary>Binds an input to this rule set: each value checked against its declaration and put in its slot.</summary>
    /// <param name="input">The input values and judgements, by name.</param>
    /// <returns>The bound input, or every value that does not fit (unknown, missing, mistyped, out of range).</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    public Result<BoundInput> Bind(InputValues input)
    {
        Guard.NotNull(input);
        var sink = new DiagnosticSink(input.SourceName);
        var bound = BindTo(input, sink);
        return new Result<BoundInput>(sink.HasErrors ? null : bound, sink.Sorted(), d => new InputException(d));
    }

    /// <summary>Scores an input.</summary>
    /// <param name="input">The input values and judgements, by name.</param>
    /// <param name="options">What to build besides the numbers. <value>Defaults to <see cref="EvaluationOptions.Default"/>: explanations too.</value></param>
    /// <returns>The scorecard, or every error that prevented it (naming the indicator and input concerned).</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    public Result<Scorecard> Evaluate(InputValues input, EvaluationOptions? options = null)
    {
        Guard.NotNull(input);
        var sink = new DiagnosticSink(input.SourceName);
        return new Evaluator(BindTo(input, sink), options, sink, owned: true).Run();
    }

    /// <summary>Scores a bound input.</summary>
    /// <param name="input">The input, bound to this rule set by <see cref="Bind"/>.</param>
    /// <param name="options">What to build besides the numbers. <value>Defaults to <see cref="EvaluationOptions.Default"/>: explanations too.</value></param>
    /// <returns>The scorecard, or every error that prevented it (naming the indicator concerned).</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="input"/> was bound to another rule set.</exception>
    public Result<Scorecard> Evaluate(BoundInput input, EvaluationOptions? options = null)
    {
        Guard.NotNull(input);
        if (input.Rules != Plan)
        {
            throw new System.ArgumentException($"The input was bound to another rule set than '{Id}@{Version}'.", nameof(input));
        }

        return new Evaluator(input, options, null).Run();
    }

    /// <summary>
    /// Scores an input read for this evaluation alone, whose frame then takes the metrics instead of a copy: the batch
    /// reads every record into a bound input of its own and drops it once scored.
    /// </summary>
    internal Result<Scorecard> EvaluateOwned(BoundInput input, EvaluationOptions options) => new Evaluator(input, options, null, owned: true).Run();

    private BoundInput BindTo(InputValues input, DiagnosticSink sink)
    {
        var slots = new SlotWriter(Plan, sink);
        foreach (var pair in input.ValueTable)
        {
            slots.Value(pair.Key, pair.Value);
        }

        foreach (var pair in input.JudgementTable)
        {
            slots.Judge(pair.Key, pair.Value);
        }

        if (input.Rows.Count > 0)
        {
            slots.Rows(input.Rows);
        }

        return slots.Finish(input.Subject, input.SourceName);
    }

    /// <summary>Scores an input and throws if it cannot be scored.</summary>
    /// <param name="input">The input values and judgements.</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    /// <exception cref="InputException">The input cannot be scored; the exception lists every error.</exception>
    public Scorecard Score(InputValues input) => Evaluate(input).GetValueOrThrow();
}
