using System.Globalization;

namespace PerfEval.Rules;

/// <summary>Where an element of a rule set was written: file, 1-based line and column.</summary>
public sealed class SourcePosition
{
    /// <summary>Initializes a new position.</summary>
    /// <param name="file">The file or source name.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column.</param>
    public SourcePosition(string file, int line, int column)
    {
        File = file;
        Line = line;
        Column = column;
    }

    /// <summary>Gets the file or source name.</summary>
    public string File { get; }

    /// <summary>Gets the 1-based line.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column.</summary>
    public int Column { get; }

    /// <summary>Formats the position as <c>file:line:column</c>.</summary>
    /// <returns>The position as text.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0}:{1}:{2}", File, Line, Column);
}
