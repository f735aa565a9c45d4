namespace PerfEval.Formulas;

/// <summary>
/// The values of one evaluation, one slot per <see cref="Symbol"/>: compiled formulas read their operands from here.
/// A frame belongs to one evaluation on one thread.
/// </summary>
internal sealed class ValueFrame
{
    /// <param name="size">The number of symbols.</param>
    /// <param name="texts">Whether any symbol is text: most rule sets have none, and their frames no slots for text.</param>
    public ValueFrame(int size, bool texts)
    {
        Numbers = new decimal[size];
        Booleans = new bool[size];
        Texts = texts ? new string?[size] : System.Array.Empty<string?>();
        Present = new bool[size];
    }

    private ValueFrame(ValueFrame other)
    {
        Numbers = (decimal[])other.Numbers.Clone();
        Booleans = (bool[])other.Booleans.Clone();
        Texts = other.Texts.Length == 0 ? other.Texts : (string?[])other.Texts.Clone();
        Present = (bool[])other.Present.Clone();
    }

#pragma warning disable CA1051, SA1401 // Formula nodes read these fields on every evaluation.
    public readonly decimal[] Numbers;
    public readonly bool[] Booleans;
    public readonly string?[] Texts;
    public readonly bool[] Present;
#pragma warning restore CA1051, SA1401

    /// <summary>Copies the frame, so an evaluation computes its metrics in its own.</summary>
    public ValueFrame Copy() => new(this);
}
