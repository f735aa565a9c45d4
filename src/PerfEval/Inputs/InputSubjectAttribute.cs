using System;

namespace PerfEval.Inputs;

/// <summary>Marks the <see cref="string"/> property that names the unit evaluated (<see cref="InputValues.Subject"/>).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class InputSubjectAttribute : Attribute
{
}
