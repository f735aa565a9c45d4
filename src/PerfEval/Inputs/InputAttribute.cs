using System;

namespace PerfEval.Inputs;

/// <summary>Names the rule-set input a property binds to; without it a property binds to its name in snake_case.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class InputAttribute : Attribute
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="name">The input's name in the rule set, e.g. <c>issued_budget</c>.</param>
    public InputAttribute(string name)
    {
        Name = name;
    }

    /// <summary>Gets the input's name.</summary>
    public string Name { get; }
}
