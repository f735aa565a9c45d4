namespace PerfEval.Rules;

/// <summary>How a YAML scalar was written, so that an offset inside its text maps back to a file position.</summary>
internal enum ScalarLayout
{
    /// <summary>Plain or quoted on one line: text offset n is column start + n (+1 for the quote).</summary>
    Inline,

    /// <summary>Quoted: the text starts one column after the opening quote.</summary>
    Quoted,

    /// <summary>A literal or folded block: the text starts on the next line.</summary>
    Block,
}
