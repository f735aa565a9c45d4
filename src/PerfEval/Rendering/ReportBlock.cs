namespace PerfEval.Rendering;

/// <summary>One heading or paragraph of a <see cref="ReportDocument"/>, its words final.</summary>
/// <threadsafety>Immutable; safe to share across threads.</threadsafety>
public sealed class ReportBlock
{
    /// <summary>Initializes a new instance of the <see cref="ReportBlock"/> class.</summary>
    /// <param name="kind">What the block is.</param>
    /// <param name="text">Its text, numbering included ("（一）部门整体概况。").</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public ReportBlock(ReportBlockKind kind, string text)
    {
        Guard.NotNull(text);
        Kind = kind;
        Text = text;
    }

    /// <summary>Gets what the block is.</summary>
    public ReportBlockKind Kind { get; }

    /// <summary>Gets the text, numbering included.</summary>
    public string Text { get; }

    /// <summary>Gets a value indicating whether the block is a heading of any level.</summary>
    public bool IsHeading => Kind is ReportBlockKind.Heading1 or ReportBlockKind.Heading2 or ReportBlockKind.Heading3;

    /// <inheritdoc/>
    public override string ToString() => Kind + ": " + Text;
}
