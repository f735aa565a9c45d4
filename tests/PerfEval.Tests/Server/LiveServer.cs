using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Server;

namespace PerfEval.Tests.Server;

/// <summary>The scoring service on a real Kestrel, on a free loopback port, in this process; stopped when disposed.</summary>
internal sealed class LiveServer : IAsyncDisposable
{
    private LiveServer(WebApplication app)
    {
        App = app;
        Url = new Uri(app.Urls.First().TrimEnd('/') + "/");
        Client = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(60) };
    }

    public WebApplication App { get; }

    public Uri Url { get; }

    public HttpClient Client { get; }

    /// <summary>The service's cache of compiled rule sets.</summary>
    internal RuleSetProvider Provider => App.Services.GetRequiredService<RuleSetProvider>();

    public static async Task<LiveServer> StartAsync(PerfEvalServiceOptions? options = null)
    {
        var app = PerfEvalServer.CreateApplication(options ?? new PerfEvalServiceOptions());
        await app.StartAsync();
        return new LiveServer(app);
    }

    /// <summary>Starts a host built by the test: <paramref name="map"/> adds the service (and whatever else) to it.</summary>
    public static async Task<LiveServer> StartAsync(Action<WebApplicationBuilder> configure, Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        configure(builder);
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return new LiveServer(app);
    }

    public Task<HttpResponseMessage> PostAsync(string path, string body, string contentType = "application/json")
    {
        var content = new StringContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return Client.PostAsync(path, content);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
