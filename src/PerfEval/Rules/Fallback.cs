namespace PerfEval.Rules;

/// <summary>What happens to an indicator's weight when its <c>applies_when</c> condition is false.</summary>
public sealed class Fallback
{
    internal Fallback(FallbackKind kind, string? target, string? note, SourcePosition position)
    {
        Kind = kind;
        Target = target;
        Note = note;
        Position = position;
    }

    /// <summary>Gets the kind of fallback.</summary>
    public FallbackKind Kind { get; }

    /// <summary>Gets the receiving indicator's id for <see cref="FallbackKind.MoveTo"/>; otherwise <see langword="null"/>.</summary>
    public string? Target { get; }

    /// <summary>Gets the author's note, e.g. the source's wording.</summary>
    public string? Note { get; }

    /// <summary>Gets where the fallback was written.</summary>
    public SourcePosition Position { get; }
}
