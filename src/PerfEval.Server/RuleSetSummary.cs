namespace PerfEval.Server;

/// <summary>One rule set of <c>GET /rulesets</c>.</summary>
internal sealed record RuleSetSummary(string Id, string Version, string Title, string? Jurisdiction, int? FiscalYear);
