namespace PerfEval.Inputs;

/// <summary>The kind of value an <see cref="InputValue"/> holds.</summary>
public enum InputValueKind
{
    /// <summary>A decimal number.</summary>
    Number,

    /// <summary>A condition, <see langword="true"/> or <see langword="false"/>.</summary>
    Boolean,

    /// <summary>Text.</summary>
    Text,
}
