namespace PerfEval.Server;

/// <summary>A grade band of a <see cref="RuleSetForm"/>.</summary>
internal sealed record FormGrade(string Code, string Label, decimal? Lower, bool LowerInclusive, decimal? Upper, bool UpperInclusive);
