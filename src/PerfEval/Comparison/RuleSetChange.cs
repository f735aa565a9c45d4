namespace PerfEval.Comparison;

/// <summary>One difference between two rule sets.</summary>
public sealed class RuleSetChange
{
    internal RuleSetChange(ChangeKind kind, string? subject, string? before, string? after)
    {
        Kind = kind;
        Subject = subject;
        Before = before;
        After = after;
    }

    /// <summary>Gets the kind of change.</summary>
    public ChangeKind Kind { get; }

    /// <summary>Gets what changed: an indicator id, input or metric name, check id or metadata key.</summary>
    public string? Subject { get; }

    /// <summary>Gets the old rule as text, or <see langword="null"/> when added.</summary>
    public string? Before { get; }

    /// <summary>Gets the new rule as text, or <see langword="null"/> when removed.</summary>
    public string? After { get; }

    /// <summary>Formats the change on one line.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var head = Kind.ToString() + (Subject is null ? string.Empty : " " + Subject);
        return (Before, After) switch
        {
            (null, { } after) => $"{head}: added {after}",
            ({ } before, null) => $"{head}: removed {before}",
            _ => $"{head}: {Before} → {After}",
        };
    }
}
