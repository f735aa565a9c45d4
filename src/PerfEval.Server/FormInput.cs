using System.Collections.Generic;

namespace PerfEval.Server;

/// <summary>A declared input of a <see cref="RuleSetForm"/>: <c>type</c> is decimal, integer, boolean, choice or text.</summary>
internal sealed record FormInput(string Name, string Type, string? Unit, string Label, bool Required, decimal? Min, decimal? Max, IReadOnlyList<string> Choices, string? Note);
