using System.Collections.Generic;

namespace PerfEval.Rules;

/// <summary>Scores exactly one of several options, the first whose condition holds ("二者择其一进行考核").</summary>
internal sealed class AlternativesMethod : ScoringMethod
{
    internal AlternativesMethod(IReadOnlyList<Alternative> options, string? note, SourcePosition position)
        : base(note, position)
    {
        Options = options;
    }

    /// <inheritdoc />
    public override string Kind => "alternatives";

    /// <summary>Gets the options in order.</summary>
    public IReadOnlyList<Alternative> Options { get; }
}
