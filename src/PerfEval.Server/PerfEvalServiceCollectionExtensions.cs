using System;
using System.Linq;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;

namespace PerfEval.Server;

/// <summary>Registers the scoring service with an ASP.NET Core host; <see cref="PerfEvalEndpointRouteBuilderExtensions.MapPerfEval"/> then maps it.</summary>
public static class PerfEvalServiceCollectionExtensions
{
    /// <summary>The name of the service's OpenAPI document, served at <c>/openapi/perfeval.json</c> below the mapped prefix.</summary>
    public const string OpenApiDocumentName = "perfeval";

    /// <summary>The operation id of <c>POST …/score</c>.</summary>
    internal const string ScoreOperation = "Score";

    /// <summary>Adds the scoring service: its options, the compiled-rule-set cache, its JSON contexts and (on .NET 10) its OpenAPI document.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="options">The rule sets and limits. <value>Defaults to the shipped rule sets and the default limits.</value></param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit of <paramref name="options"/> is zero or negative.</exception>
    public static IServiceCollection AddPerfEval(this IServiceCollection services, PerfEvalServiceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        options ??= new PerfEvalServiceOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxBodyBytes, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxRecordsPerRequest, nameof(options));
        if (options.RequestTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.RequestTimeout, "The request timeout must be positive.");
        }

        services.AddSingleton(options);
        services.AddSingleton(new RuleSetProvider(options.Catalog));
        services.Configure<JsonOptions>(json =>
        {
            if (!json.SerializerOptions.TypeInfoResolverChain.Contains(ServerJson.Context))
            {
                json.SerializerOptions.TypeInfoResolverChain.Add(ServerJson.Context);
            }
        });
#if NET10_0_OR_GREATER
        services.AddOpenApi(OpenApiDocumentName, openApi =>
        {
            openApi.ShouldInclude = description => description.GroupName == OpenApiDocumentName;
            openApi.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "PerfEval";
                document.Info.Description = "Score 部门整体支出绩效自评 inputs against versioned rule sets. Failures answer with { status, diagnostics: [{ code, severity, message, file, line, column, indicator }] }.";
                return System.Threading.Tasks.Task.CompletedTask;
            });
            openApi.AddOperationTransformer((operation, _, _) =>
            {
                if (operation.OperationId == ScoreOperation)
                {
                    operation.RequestBody = new Microsoft.OpenApi.OpenApiRequestBody
                    {
                        Required = true,
                        Description = "One input (subject, values, judgements) as JSON, as perfeval template describes it; or one input per line (JSON Lines).",
                        Content = new System.Collections.Generic.Dictionary<string, Microsoft.OpenApi.OpenApiMediaType>(StringComparer.Ordinal)
                        {
                            ["application/json"] = new(),
                            ["application/x-ndjson"] = new(),
                        },
                    };
                }

                return System.Threading.Tasks.Task.CompletedTask;
            });
        });
#endif
        return services;
    }
}
