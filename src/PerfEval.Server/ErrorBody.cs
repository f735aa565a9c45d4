using System.Collections.Generic;

namespace PerfEval.Server;

/// <summary>The body of every failed request: the HTTP status and every diagnostic, errors first.</summary>
internal sealed record ErrorBody(int Status, IReadOnlyList<DiagnosticBody> Diagnostics);
