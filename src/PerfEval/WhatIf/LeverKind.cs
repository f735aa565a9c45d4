namespace PerfEval.WhatIf;

/// <summary>What kind of value a <see cref="Lever"/> moves.</summary>
internal enum LeverKind
{
    Number,
    Boolean,
    Choice,
    Judgement,
}
