using PerfEval.Compilation;
using PerfEval.Formulas;

namespace PerfEval.Inputs;

/// <summary>
/// An input bound to one compiled rule set: each declared input's value in its slot, checked against its declaration,
/// and each judgement in its indicator's slot. What an evaluation reads. Obtain one from
/// <see cref="Evaluation.CompiledRuleSet.Bind"/>.
/// </summary>
/// <threadsafety>Immutable: it may be scored many times, from many threads at once.</threadsafety>
public sealed class BoundInput
{
    internal BoundInput(RuleSetPlan rules, string? subject, string? sourceName, ValueFrame values, BoundJudgement[]? judgements, BoundRow[][]? rows = null, bool hasReasons = true)
    {
        HasReasons = hasReasons;
        Rows = rows;
        Rules = rules;
        Subject = subject;
        SourceName = sourceName;
        Values = values;
        Judgements = judgements;
    }

    /// <summary>Gets the unit evaluated, e.g. 阳西县土地储备和城市更新事务中心, or <see langword="null"/>.</summary>
    public string? Subject { get; }

    /// <summary>Gets the file or source the input was read from, for diagnostics, or <see langword="null"/>.</summary>
    public string? SourceName { get; }

    internal RuleSetPlan Rules { get; }

    /// <summary>Gets the inputs' slots (the metrics' slots stay empty: an evaluation computes them in its own copy).</summary>
    internal ValueFrame Values { get; }

    /// <summary>Gets the judgements by slot (a slot not judged is the default value), or <see langword="null"/> when none was given.</summary>
    internal BoundJudgement[]? Judgements { get; }

    /// <summary>Gets a value indicating whether the judgements keep their reasons' text: an input read for numbers only does not.</summary>
    internal bool HasReasons { get; }

    /// <summary>Gets the project's rows by row group slot, or <see langword="null"/> when the rule set takes none.</summary>
    internal BoundRow[][]? Rows { get; }
}
