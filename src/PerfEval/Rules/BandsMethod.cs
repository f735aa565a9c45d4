using System.Collections.Generic;

namespace PerfEval.Rules;

/// <summary>A value mapped to points by ordered bands with explicit inclusive or exclusive bounds ("80%(含)-90%，计4分").</summary>
internal sealed class BandsMethod : ScoringMethod
{
    internal BandsMethod(FormulaText value, IReadOnlyList<Band> bands, string? note, SourcePosition position)
        : base(note, position)
    {
        Value = value;
        Bands = bands;
    }

    /// <inheritdoc />
    public override string Kind => "bands";

    /// <summary>Gets the expression whose value is banded.</summary>
    public FormulaText Value { get; }

    /// <summary>Gets the bands, in the order written; the first that contains the value applies.</summary>
    public IReadOnlyList<Band> Bands { get; }
}
