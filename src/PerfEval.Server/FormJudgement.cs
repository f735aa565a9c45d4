namespace PerfEval.Server;

/// <summary>A judgement of a <see cref="RuleSetForm"/>: 0 to <c>Weight</c> points with a reason; <c>Conditional</c> when only needed if assessed.</summary>
internal sealed record FormJudgement(string Id, string Name, string Path, decimal Weight, string? Criteria, bool Conditional);
