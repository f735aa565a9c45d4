namespace PerfEval.Rules;

/// <summary>
/// A second-level name allowed under a row group (数量指标, 成本指标, …), with the rules that replace the group's for
/// its rows; a <see langword="null"/> rule means the group's.
/// </summary>
internal sealed class RowKind
{
    public RowKind(string name, string? atLeast, string? atMost, string? equal, string? note, SourcePosition position)
    {
        Name = name;
        AtLeast = atLeast;
        AtMost = atMost;
        Equal = equal;
        Note = note;
        Position = position;
    }

    public string Name { get; }

    public string? AtLeast { get; }

    public string? AtMost { get; }

    public string? Equal { get; }

    public string? Note { get; }

    public SourcePosition Position { get; }
}
