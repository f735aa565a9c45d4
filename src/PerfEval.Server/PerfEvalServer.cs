using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PerfEval.Server;

/// <summary>A stand-alone scoring service on Kestrel, as <c>perfeval serve</c> runs it: the slim, Native AOT-ready host, nothing else.</summary>
public static class PerfEvalServer
{
    /// <summary>
    /// Builds the service listening on one address; start it with <c>StartAsync</c> (then <c>Urls</c> has the port
    /// bound, also when <paramref name="port"/> is 0) and stop it with <c>StopAsync</c>. Configuration comes from the
    /// arguments only: no appsettings.json of the working folder, no command line. Errors are logged to standard error.
    /// </summary>
    /// <param name="options">The rule sets and limits.</param>
    /// <param name="host">The address to listen on. <value>Defaults to 127.0.0.1, this machine only.</value></param>
    /// <param name="port">The port; 0 picks a free one. <value>Defaults to 0.</value></param>
    /// <returns>The application, not started.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="port"/> is not 0 to 65535.</exception>
    public static WebApplication CreateApplication(PerfEvalServiceOptions options, string host = "127.0.0.1", int port = 0)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = Array.Empty<string>(),
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        // The service's own warnings and errors (an internal error with its stack trace, for whoever runs the server), and
        // others' errors; not the host's start-up failure, which the caller reports in one line (perfeval serve does).
        builder.Logging.AddFilter((category, level) => category is not null && category.StartsWith("Microsoft.Extensions.Hosting", StringComparison.Ordinal)
            ? false
            : level >= (category is not null && category.StartsWith("PerfEval", StringComparison.Ordinal) ? LogLevel.Warning : LogLevel.Error));
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.Configure<ConsoleLifetimeOptions>(lifetime => lifetime.SuppressStatusMessages = true);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;

            // The service reads at most MaxBodyBytes itself and answers a larger body with its own 413.
            kestrel.Limits.MaxRequestBodySize = null;
        });
        builder.WebHost.UseUrls("http://" + (host.Contains(':', StringComparison.Ordinal) && !host.StartsWith('[') ? "[" + host + "]" : host) + ":" + port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.Services.AddPerfEval(options);

        var app = builder.Build();
        app.MapPerfEval();
        return app;
    }
}
