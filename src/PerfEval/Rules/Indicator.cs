using System.Collections.Generic;

namespace PerfEval.Rules;

/// <summary>
/// A node of the indicator tree: a group (with <see cref="Children"/>) or a leaf (with a scoring method, <see cref="MethodKind"/>).
/// Ids are ASCII; names are the notice's own text.
/// </summary>
public sealed class Indicator
{
    internal Indicator(string id, string name, decimal weight, ScoringMethod? method, IReadOnlyList<Indicator> children, FormulaText? appliesWhen, Fallback? fallback, string? note, SourcePosition position)
    {
        Id = id;
        Name = name;
        Weight = weight;
        Method = method;
        Children = children;
        AppliesWhen = appliesWhen;
        Fallback = fallback;
        Note = note;
        Position = position;
    }

    /// <summary>Gets the stable ASCII id.</summary>
    public string Id { get; }

    /// <summary>Gets the name, in the notice's words.</summary>
    public string Name { get; }

    /// <summary>Gets the declared weight (full marks).</summary>
    public decimal Weight { get; }

    /// <summary>Gets the scoring method of a leaf; <see langword="null"/> for a group.</summary>
    internal ScoringMethod? Method { get; }

    /// <summary>Gets the scoring method's key (e.g. <c>formula</c>, <c>bands</c>), or <see langword="null"/> for a group.</summary>
    public string? MethodKind => Method?.Kind;

    /// <summary>Gets the scoring method in words, as <c>perfeval show</c> prints it, or <see langword="null"/> for a group.</summary>
    public string? MethodDescription => Method?.ToString();

    /// <summary>Gets the children of a group; empty for a leaf.</summary>
    public IReadOnlyList<Indicator> Children { get; }

    /// <summary>Gets a value indicating whether this is a group.</summary>
    public bool IsGroup => Children.Count > 0;

    /// <summary>Gets the condition under which the indicator is assessed, or <see langword="null"/> for always.</summary>
    public FormulaText? AppliesWhen { get; }

    /// <summary>Gets what happens to the weight when the indicator is not assessed.</summary>
    public Fallback? Fallback { get; }

    /// <summary>Gets the author's note (e.g. "assumed: not stated in the source").</summary>
    public string? Note { get; }

    /// <summary>Gets where the indicator was declared.</summary>
    public SourcePosition Position { get; }

    /// <summary>Gets how the indicator's item reads in the self-evaluation report, when the rule file says (its <c>report</c> key).</summary>
    internal ReportTemplate? Report { get; init; }

    /// <summary>Gets what the group says of the rows the input brings under it (its <c>rows</c> key), or <see langword="null"/>.</summary>
    internal RowGroup? Rows { get; init; }
}
