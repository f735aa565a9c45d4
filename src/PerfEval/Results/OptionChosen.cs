namespace PerfEval.Results;

/// <summary>The option of an <c>alternatives</c> indicator that scored it ("二者择其一进行考核").</summary>
public sealed class OptionChosen
{
    internal OptionChosen(int number, string? name, string method, string? condition)
    {
        Number = number;
        Name = name;
        Method = method;
        Condition = condition;
    }

    /// <summary>Gets the option's 1-based position.</summary>
    public int Number { get; }

    /// <summary>Gets the option's name, or <see langword="null"/>.</summary>
    public string? Name { get; }

    /// <summary>Gets the option's scoring method key, e.g. <c>formula</c>.</summary>
    public string Method { get; }

    /// <summary>Gets the condition that chose it, or <see langword="null"/> for the unconditional last option.</summary>
    public string? Condition { get; }
}
