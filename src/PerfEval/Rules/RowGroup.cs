using System;
using System.Collections.Generic;

namespace PerfEval.Rules;

/// <summary>
/// What an indicator group says of the rows the input brings under it (its <c>rows</c> key, format 1.1): the
/// second-level kinds allowed, and the rule that scores each comparison.
/// </summary>
internal sealed class RowGroup
{
    public RowGroup(IReadOnlyList<RowKind> kinds, string atLeast, string atMost, string equal, RowComparison bare, RowFallback fallback, string? note, SourcePosition position)
    {
        Fallback = fallback;
        Kinds = kinds;
        AtLeast = atLeast;
        AtMost = atMost;
        Equal = equal;
        Bare = bare;
        Note = note;
        Position = position;
    }

    public IReadOnlyList<RowKind> Kinds { get; }

    /// <summary>Gets the rule for targets written ≥ or &gt; (default <c>proportional</c>).</summary>
    public string AtLeast { get; }

    /// <summary>Gets the rule for targets written ≤ or &lt; (default <c>inverse</c>).</summary>
    public string AtMost { get; }

    /// <summary>Gets the rule for targets written = (default <c>exact</c>).</summary>
    public string Equal { get; }

    /// <summary>Gets how a target written without a comparison (<c>100%</c>) reads: at least (the default) or equal.</summary>
    public RowComparison Bare { get; }

    /// <summary>Gets what becomes of a row that is not assessed (default <see cref="RowFallback.Rescale"/>).</summary>
    public RowFallback Fallback { get; }

    public string? Note { get; }

    public SourcePosition Position { get; }

    /// <summary>Finds a kind by its name, or <see langword="null"/>.</summary>
    public RowKind? FindKind(string name)
    {
        foreach (var kind in Kinds)
        {
            if (string.Equals(kind.Name, name, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>Names the rule that scores a row of a kind whose target compares as given.</summary>
    public string RuleFor(RowKind kind, RowComparison comparison) => comparison switch
    {
        RowComparison.AtLeast => kind.AtLeast ?? AtLeast,
        RowComparison.AtMost => kind.AtMost ?? AtMost,
        _ => kind.Equal ?? Equal,
    };
}
