namespace PerfEval.Rules;

/// <summary>An NCalc expression as written in a rule file, with the position of its first character.</summary>
public sealed class FormulaText
{
    internal FormulaText(string text, SourcePosition position, ScalarLayout layout)
    {
        Text = text;
        Position = position;
        Layout = layout;
    }

    /// <summary>Gets the expression text.</summary>
    public string Text { get; }

    /// <summary>Gets where the text starts in the file.</summary>
    public SourcePosition Position { get; }

    internal ScalarLayout Layout { get; }

    /// <summary>Returns the expression text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;
}
