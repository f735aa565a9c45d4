using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using PerfEval.Rendering;
using PerfEval.Results;

using HttpResults = Microsoft.AspNetCore.Http.Results;

namespace PerfEval.Server;

/// <summary>
/// The service's failure responses: a status and the diagnostics as JSON, errors first, never a stack trace. Each
/// message is in the request's language (<c>?lang=zh</c> gives Chinese, anything else English), chosen when the answer
/// is written, so every endpoint, filter and guard answers alike.
/// </summary>
internal static class Responses
{
    public static IResult Failure(int status, IEnumerable<Diagnostic> diagnostics) => new DiagnosticsResult(status, diagnostics.OrderBy(d => d.Severity == DiagnosticSeverity.Error ? 0 : 1).ToList());

    public static IResult Failure(int status, string code, DiagnosticMessage message)
        => Failure(status, new[] { new Diagnostic(code, DiagnosticSeverity.Error, message, RequestBody.SourceName) });

    /// <summary>The language a request asks for with <c>lang</c>.</summary>
    public static ReportLanguage LanguageOf(HttpRequest request) => request.Query["lang"] == "zh" ? ReportLanguage.Chinese : ReportLanguage.English;

    private sealed class DiagnosticsResult : IResult, IStatusCodeHttpResult
    {
        private readonly IReadOnlyList<Diagnostic> diagnostics;

        public DiagnosticsResult(int status, IReadOnlyList<Diagnostic> diagnostics)
        {
            StatusCode = status;
            this.diagnostics = diagnostics;
        }

        public int? StatusCode { get; }

        public Task ExecuteAsync(HttpContext httpContext)
        {
            var language = LanguageOf(httpContext.Request);
            var body = new ErrorBody(StatusCode!.Value, diagnostics.Select(d => DiagnosticBody.From(d, language)).ToList());
            return HttpResults.Json(body, ServerJson.Context.ErrorBody, contentType: "application/json; charset=utf-8", statusCode: StatusCode).ExecuteAsync(httpContext);
        }
    }
}
