using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PerfEval.Results;

using HttpResults = Microsoft.AspNetCore.Http.Results;

namespace PerfEval.Server;

/// <summary>
/// The last line of defence around every endpoint of the service: an exception that carries diagnostics (an input or a
/// rule set PerfEval cannot accept) becomes a 400 with them; anything else is a bug, logged on the server and answered
/// with a 500 that names no type, message or stack frame.
/// </summary>
internal static class ExceptionGuard
{
    public static async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (InputException ex)
        {
            return Responses.Failure(StatusCodes.Status400BadRequest, ex.Diagnostics);
        }
        catch (RuleSetException ex)
        {
            return Responses.Failure(StatusCodes.Status400BadRequest, ex.Diagnostics);
        }
        catch (OperationCanceledException) when (context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nobody reads the answer.
            return HttpResults.Empty;
        }
#pragma warning disable CA1031 // The last line of defence: no stack trace reaches the client.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var logger = context.HttpContext.RequestServices.GetService<ILoggerFactory>()?.CreateLogger("PerfEval.Server");
            logger?.LogError(ex, "Internal error answering {Method} {Path}", context.HttpContext.Request.Method, context.HttpContext.Request.Path);
            return Responses.Failure(StatusCodes.Status500InternalServerError, new[] { new Diagnostic(ServerCodes.InternalError, DiagnosticSeverity.Error, ServerMessages.InternalError.With()) });
        }
    }
}
