namespace PerfEval.Rules;

/// <summary>How a YAML scalar was written, so that an offset inside its text maps back to a file position.</summary>
internal enum ScalarLayout
{
    /// <summary>Plain or quoted on one line: text offset n is column start + n (+1 for the quote).</summary>
    Inline,

    /// <summary>Quoted: the text starts one column after the opening quote.</summary>
    Quoted,

    /// <summary>A literal block (<c>|</c>): text line n, column c is file line start + n − 1, column start + c − 1.</summary>
    Literal,

    /// <summary>A folded block (<c>&gt;</c>): its lines were joined, so positions map to where the block starts.</summary>
    Folded,
}
