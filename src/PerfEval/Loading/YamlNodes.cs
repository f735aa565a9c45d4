using System.Collections.Generic;
using YamlDotNet.Core;

namespace PerfEval.Loading;

/// <summary>A YAML node with its position: the small tree the rule reader walks.</summary>
internal abstract class YNode
{
    protected YNode(string file, int line, int column)
    {
        File = file;
        Line = line;
        Column = column;
    }

    /// <summary>Gets the file the node was read from (a resolved rule set mixes nodes of several files).</summary>
    public string File { get; }

    public int Line { get; }

    public int Column { get; }

    public abstract Results.MessageTemplate KindName { get; }
}

internal sealed class YScalar : YNode
{
    public YScalar(string file, string value, ScalarStyle style, int line, int column)
        : base(file, line, column)
    {
        Value = value;
        Style = style;
    }

    public string Value { get; }

    public ScalarStyle Style { get; }

    /// <summary>Gets where the content of a literal or folded block starts (the line after the indicator), or 0.</summary>
    public int ContentLine { get; init; }

    /// <summary>Gets the column of the block's content (its indentation + 1), or 0.</summary>
    public int ContentColumn { get; init; }

    /// <summary>Gets a value indicating whether this is YAML's null (empty, <c>~</c> or <c>null</c>, unquoted).</summary>
    public bool IsNull => Style == ScalarStyle.Plain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override Results.MessageTemplate KindName => Results.Messages.AScalar;
}

internal sealed class YSequence : YNode
{
    public YSequence(string file, int line, int column)
        : base(file, line, column)
    {
    }

    public List<YNode> Items { get; } = new();

    public override Results.MessageTemplate KindName => Results.Messages.AList;
}

internal sealed class YMapping : YNode
{
    public YMapping(string file, int line, int column)
        : base(file, line, column)
    {
    }

    public List<KeyValuePair<YScalar, YNode>> Entries { get; } = new();

    public override Results.MessageTemplate KindName => Results.Messages.AMapping;
}
