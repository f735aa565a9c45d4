using System;

namespace PerfEval.Inputs;

/// <summary>Leaves a property out of input binding (e.g. a list whose summary is bound through other properties).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class InputIgnoreAttribute : Attribute
{
}
