using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Http;
using PerfEval.Results;

using HttpResults = Microsoft.AspNetCore.Http.Results;

namespace PerfEval.Server;

/// <summary>The service's failure responses: a status and the diagnostics as JSON, errors first, never a stack trace.</summary>
internal static class Responses
{
    public static IResult Failure(int status, IEnumerable<Diagnostic> diagnostics)
    {
        var ordered = diagnostics.OrderBy(d => d.Severity == DiagnosticSeverity.Error ? 0 : 1).Select(DiagnosticBody.From).ToList();
        return HttpResults.Json(new ErrorBody(status, ordered), ServerJson.Context.ErrorBody, contentType: "application/json; charset=utf-8", statusCode: status);
    }

    public static IResult Failure(int status, string code, string message)
        => Failure(status, new[] { new Diagnostic(code, DiagnosticSeverity.Error, message, RequestBody.SourceName) });
}
