using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace PerfEval.Server;

/// <summary>Maps the scoring service's endpoints into any ASP.NET Core host.</summary>
public static class PerfEvalEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps, below <paramref name="prefix"/>: <c>GET /rulesets</c>; <c>GET /rulesets/{id}/{version}</c> (what a form
    /// needs); <c>GET /rulesets/{id}/{version}/template</c> (the blank input file, as <c>perfeval template</c>);
    /// <c>POST /rulesets/{id}/{version}/score</c> (one input as <c>application/json</c>, or JSON Lines as
    /// <c>application/x-ndjson</c>); on .NET 10 <c>GET /openapi/perfeval.json</c>; and the live page at <c>/</c>.
    /// Call <see cref="PerfEvalServiceCollectionExtensions.AddPerfEval"/> on the host's services first.
    /// </summary>
    /// <param name="endpoints">The host's routes.</param>
    /// <param name="prefix">The path the service lives under. <value>Defaults to the root.</value></param>
    /// <returns>The group of the service's endpoints, to add filters or authorization to.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><see cref="PerfEvalServiceCollectionExtensions.AddPerfEval"/> was not called.</exception>
    public static RouteGroupBuilder MapPerfEval(this IEndpointRouteBuilder endpoints, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        var options = endpoints.ServiceProvider.GetService<PerfEvalServiceOptions>()
            ?? throw new InvalidOperationException("Call services.AddPerfEval(...) before endpoints.MapPerfEval(...).");

        var group = endpoints.MapGroup(prefix);
        group.AddEndpointFilter(ExceptionGuard.InvokeAsync);
        var api = group.MapGroup(string.Empty).WithGroupName(PerfEvalServiceCollectionExtensions.OpenApiDocumentName).WithTags("PerfEval");

        api.MapGet("/rulesets", ([FromServices] RuleSetProvider provider) => ScoringEndpoints.List(provider))
            .WithName("ListRuleSets")
            .WithSummary("The rule sets served: id, version, title, jurisdiction, fiscal year.")
            .Produces<System.Collections.Generic.IReadOnlyList<RuleSetSummary>>(StatusCodes.Status200OK);

        api.MapGet("/rulesets/{id}/{version}", (string id, string version, [FromServices] RuleSetProvider provider) => ScoringEndpoints.Describe(id, version, provider))
            .WithName("DescribeRuleSet")
            .WithSummary("What a form needs: the rule set's inputs (label, unit, range), judgements and grade bands.")
            .Produces<RuleSetForm>(StatusCodes.Status200OK)
            .Produces<ErrorBody>(StatusCodes.Status404NotFound)
            .Produces<ErrorBody>(StatusCodes.Status503ServiceUnavailable);

        api.MapGet("/rulesets/{id}/{version}/template", (string id, string version, string? lang, [FromServices] RuleSetProvider provider) => ScoringEndpoints.Template(id, version, lang, provider))
            .WithName("GetTemplate")
            .WithSummary("The blank input file (JSON with // comments in en or zh), as perfeval template writes it.")
            .Produces<string>(StatusCodes.Status200OK, "text/plain")
            .Produces<ErrorBody>(StatusCodes.Status400BadRequest)
            .Produces<ErrorBody>(StatusCodes.Status404NotFound);

        api.MapPost("/rulesets/{id}/{version}/score", (string id, string version, string? lang, HttpContext context, [FromServices] RuleSetProvider provider, [FromServices] PerfEvalServiceOptions limits) => ScoringEndpoints.Score(id, version, lang, context, provider, limits))
            .WithName(PerfEvalServiceCollectionExtensions.ScoreOperation)
            .WithSummary("Scores one input (application/json) or one input per line (application/x-ndjson); the scorecard as perfeval score --format json writes it, or one per line.")

            // The body's media types are described in the OpenAPI document (AddPerfEval), not declared as Accepts
            // metadata, whose routing check would answer another type with an empty 415 instead of the diagnostics.
            .Produces(StatusCodes.Status200OK, responseType: null, contentType: "application/json", "application/x-ndjson")
            .Produces<ErrorBody>(StatusCodes.Status400BadRequest)
            .Produces<ErrorBody>(StatusCodes.Status404NotFound)
            .Produces<ErrorBody>(StatusCodes.Status408RequestTimeout)
            .Produces<ErrorBody>(StatusCodes.Status413PayloadTooLarge)
            .Produces<ErrorBody>(StatusCodes.Status415UnsupportedMediaType);

        api.MapPost("/rulesets/{id}/{version}/whatif", (string id, string version, string? lang, HttpContext context, [FromServices] RuleSetProvider provider, [FromServices] PerfEvalServiceOptions limits) => ScoringEndpoints.WhatIf(id, version, lang, context, provider, limits))
            .WithName("WhatIf")
            .WithSummary("Scores { input, changes } as given and with the changes: both scorecards, the changes applied and every indicator whose score moved.")
            .Produces(StatusCodes.Status200OK, responseType: null, contentType: "application/json")
            .Produces<ErrorBody>(StatusCodes.Status400BadRequest)
            .Produces<ErrorBody>(StatusCodes.Status404NotFound)
            .Produces<ErrorBody>(StatusCodes.Status413PayloadTooLarge);

        api.MapPost("/rulesets/{id}/{version}/reach", (string id, string version, string? grade, string? total, HttpContext context, [FromServices] RuleSetProvider provider, [FromServices] PerfEvalServiceOptions limits) => ScoringEndpoints.Reach(id, version, grade, total, context, provider, limits))
            .WithName("Reach")
            .WithSummary("What it would take to reach ?grade=excellent (the default) or ?total=95: each indicator that lost points with the smallest change of its inputs, and the fewest-indicators plan.")
            .Produces(StatusCodes.Status200OK, responseType: null, contentType: "application/json")
            .Produces<ErrorBody>(StatusCodes.Status400BadRequest)
            .Produces<ErrorBody>(StatusCodes.Status404NotFound)
            .Produces<ErrorBody>(StatusCodes.Status413PayloadTooLarge);

        api.MapPost("/rulesets/{id}/{version}/workbook", (string id, string version, string? lang, HttpContext context, [FromServices] RuleSetProvider provider, [FromServices] PerfEvalServiceOptions limits) => ScoringEndpoints.Workbook(id, version, lang, context, provider, limits))
            .WithName("InputWorkbook")
            .WithSummary("The workbook to fill in (.xlsx, as perfeval template --format xlsx writes it), pre-filled with the input in the body (empty for a blank one).")
            .Produces(StatusCodes.Status200OK, responseType: null, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .Produces<ErrorBody>(StatusCodes.Status400BadRequest)
            .Produces<ErrorBody>(StatusCodes.Status404NotFound);

#if NET10_0_OR_GREATER
        group.MapOpenApi("/openapi/{documentName}.json");
#endif
        if (options.ServePage)
        {
            group.MapGet("/", () => PageAssets.Get("index.html")).ExcludeFromDescription();
            group.MapGet("/page/app.css", () => PageAssets.Get("app.css")).ExcludeFromDescription();
            group.MapGet("/page/app.js", () => PageAssets.Get("app.js")).ExcludeFromDescription();
        }

        return group;
    }
}
