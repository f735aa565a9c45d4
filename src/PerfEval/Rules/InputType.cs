namespace PerfEval.Rules;

/// <summary>The type of a declared input.</summary>
public enum InputType
{
    /// <summary>A decimal number (money, a rate, an area).</summary>
    Decimal,

    /// <summary>A whole number (a count).</summary>
    Integer,

    /// <summary><see langword="true"/> or <see langword="false"/>.</summary>
    Boolean,

    /// <summary>Free text.</summary>
    Text,

    /// <summary>One of a fixed list of text values.</summary>
    Choice,
}
