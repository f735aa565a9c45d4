using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PerfEval.Loading;
using PerfEval.Results;
using PerfEval.Server;

namespace PerfEval.Cli;

/// <summary><c>perfeval serve</c>: the scoring service and the live page on this machine, until Ctrl-C.</summary>
internal static class ServeCommand
{
    /// <summary>The port served when none is given.</summary>
    public const int DefaultPort = 5000;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Option<string?>("--rules-folder") { Description = "Serve the rule sets (*.yaml, *.yml) below this folder instead of the ones shipped with PerfEval." };
        var port = new Option<int>("--port") { Description = $"The port to listen on; 0 picks a free one. Default: {DefaultPort}.", DefaultValueFactory = _ => DefaultPort };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("--port must be 0 to 65535.");
            }
        });
        var host = new Option<string>("--host") { Description = "The address to listen on: 127.0.0.1 (this machine only, the default), or e.g. 0.0.0.0 for every network.", DefaultValueFactory = _ => "127.0.0.1" };
        var command = new Command("serve", "Serve the scoring service (GET /rulesets, POST /rulesets/{id}/{version}/score, OpenAPI at /openapi/perfeval.json) and the live page at /, until Ctrl-C.") { folder, port, host };
        command.SetAction((result, cancellationToken) => CommandSupport.GuardedAsync(stderr, () => RunAsync(result.GetValue(folder), result.GetValue(port), result.GetValue(host)!, stdout, stderr, cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(string? folder, int port, string host, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        RuleSetCatalog catalog;
        if (folder is null)
        {
            catalog = RuleSetCatalog.Shipped;
        }
        else if (!Directory.Exists(folder))
        {
            stderr.WriteLine($"error: --rules-folder: there is no folder '{folder}'.");
            return ExitCodes.IoError;
        }
        else
        {
            catalog = RuleSetCatalog.FromDirectory(folder);
            CommandSupport.Print(stderr, catalog.Diagnostics);
        }

        if (catalog.Entries.Count == 0)
        {
            stderr.WriteLine($"error: --rules-folder: no rule set found below '{folder}'.");
            return ExitCodes.InvalidRules;
        }

        if (catalog.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            stderr.WriteLine("warning: the rule sets named above are not served until their files are mended.");
        }

        await using var app = PerfEvalServer.CreateApplication(new PerfEvalServiceOptions { Catalog = catalog }, host, port);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var url = app.Urls.First().TrimEnd('/') + "/";
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"PerfEval is serving {catalog.Entries.Count} rule set{(catalog.Entries.Count == 1 ? string.Empty : "s")} at {url}"));
        stdout.WriteLine("Open it in a browser for the live page; the API is described at " + url + "openapi/perfeval.json. Ctrl-C stops the server.");
        stdout.Flush();
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C or SIGTERM: the way a server is stopped, so a clean stop, not an interruption.
        }

        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        stdout.WriteLine("Stopped.");
        return ExitCodes.Success;
    }
}
