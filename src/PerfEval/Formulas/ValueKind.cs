namespace PerfEval.Formulas;

/// <summary>The static type of a formula value.</summary>
internal enum ValueKind
{
    Number,
    Boolean,
    Text,
}
