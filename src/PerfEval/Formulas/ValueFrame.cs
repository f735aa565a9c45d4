namespace PerfEval.Formulas;

/// <summary>
/// The values of one evaluation, one slot per <see cref="Symbol"/>: compiled formulas read their operands from here.
/// A frame belongs to one evaluation on one thread.
/// </summary>
internal sealed class ValueFrame
{
    public ValueFrame(int size)
    {
        Numbers = new decimal[size];
        Booleans = new bool[size];
        Texts = new string?[size];
        Present = new bool[size];
    }

#pragma warning disable CA1051, SA1401 // Compiled expression trees read these fields directly.
    public readonly decimal[] Numbers;
    public readonly bool[] Booleans;
    public readonly string?[] Texts;
    public readonly bool[] Present;
#pragma warning restore CA1051, SA1401
}
