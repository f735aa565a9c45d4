namespace PerfEval.Formulas;

/// <summary>The bounds a formula's text is checked against before it is parsed.</summary>
internal readonly struct FormulaLimits
{
    public FormulaLimits(int maxLength, int maxNesting)
    {
        MaxLength = maxLength;
        MaxNesting = maxNesting;
    }

    public int MaxLength { get; }

    public int MaxNesting { get; }
}
