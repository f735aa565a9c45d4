using System;
using System.Collections.Generic;

namespace PerfEval.Results;

/// <summary>
/// What a rule set says of one indicator, the same in every scorecard: names, place in the tree, shown weight, method,
/// notes. Made once per indicator when the rule set is compiled; each <see cref="IndicatorScore"/> points to it.
/// </summary>
internal sealed class IndicatorInfo
{
    public IndicatorInfo(string id, string name, string path, int level, decimal weight, string? method, string? note, int[] children)
    {
        Id = id;
        Name = name;
        Path = path;
        Level = level;
        Weight = weight;
        Method = method;
        Note = note;
        Children = children;
    }

    public string Id { get; }

    public string Name { get; }

    public string Path { get; }

    public int Level { get; }

    /// <summary>Gets the declared weight, rounded as the scorecard shows it.</summary>
    public decimal Weight { get; }

    public string? Method { get; }

    public string? Note { get; }

    /// <summary>Gets the tree-order indices of a group's children; empty for a leaf.</summary>
    public int[] Children { get; }

    public static int[] NoChildren { get; } = Array.Empty<int>();
}
