using System.Collections.Generic;
using PerfEval.Comparison;
using PerfEval.Results;

namespace PerfEval.WhatIf;

/// <summary>
/// An input scored as given and again with some values or judgements changed: both scorecards, the changes made, and
/// every indicator whose score moved (as <see cref="RuleSetComparer.CompareScores"/> lists them). Plain immutable data.
/// </summary>
/// <threadsafety>Immutable: safe to read from many threads at once.</threadsafety>
public sealed class WhatIfResult
{
    internal WhatIfResult(Scorecard before, Scorecard after, IReadOnlyList<InputChange> applied)
    {
        Before = before;
        After = after;
        Applied = applied;
        Changes = RuleSetComparer.CompareScores(before, after);
    }

    /// <summary>Gets the scorecard of the input as given.</summary>
    public Scorecard Before { get; }

    /// <summary>Gets the scorecard with the changes made.</summary>
    public Scorecard After { get; }

    /// <summary>Gets the changes made, in the order given (values, then judgements).</summary>
    public IReadOnlyList<InputChange> Applied { get; }

    /// <summary>Gets every indicator whose score moved, groups and leaves, in tree order.</summary>
    public IReadOnlyList<ScoreChange> Changes { get; }

    /// <summary>Gets how much the total moves: after less before.</summary>
    public decimal TotalChange => After.Total - Before.Total;

    /// <summary>Gets a value indicating whether the grade changes.</summary>
    public bool GradeChanged => After.Grade.Level != Before.Grade.Level;
}
