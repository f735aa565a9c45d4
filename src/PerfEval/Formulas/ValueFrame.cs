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

    /// <summary>Puts an input's value in its slot and marks it present.</summary>
    public void Set(int index, Inputs.InputValue value)
    {
        switch (value.Kind)
        {
            case Inputs.InputValueKind.Number:
                Numbers[index] = value.Number;
                break;
            case Inputs.InputValueKind.Boolean:
                Booleans[index] = value.Boolean;
                break;
            default:
                Texts[index] = value.Text;
                break;
        }

        Present[index] = true;
    }

#pragma warning disable CA1051, SA1401 // Compiled expression trees read these fields directly.
    public readonly decimal[] Numbers;
    public readonly bool[] Booleans;
    public readonly string?[] Texts;
    public readonly bool[] Present;
#pragma warning restore CA1051, SA1401
}
