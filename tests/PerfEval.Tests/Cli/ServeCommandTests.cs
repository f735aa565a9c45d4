using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using PerfEval.Cli;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Cli;

/// <summary><c>perfeval serve</c> in this process: it prints its URL, serves, and stops cleanly when cancelled (Ctrl-C).</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_FreePort_PrintsTheUrlServesAndStopsCleanlyOnCtrlC()
    {
        var stdout = new SharedWriter();
        var stderr = new SharedWriter();
        using var stop = new CancellationTokenSource();

        var run = Commands.Build(stdout, stderr).Parse(new[] { "serve", "--port", "0" }).InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr }, stop.Token);
        var url = await UrlAsync(stdout, run);
        using var client = new HttpClient();
        using var score = await client.PostAsync(url + "rulesets/yangxi-department-overall/1.0.0/score", new StringContent(File.ReadAllText(Repo.Samples("yangxi-2023.json")), System.Text.Encoding.UTF8, "application/json"));
        var body = await score.Content.ReadAsStringAsync();
        await stop.CancelAsync();
        var exit = await run.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.StartsWith("http://127.0.0.1:", url, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, score.StatusCode);
        Assert.Contains("\"total\": 92.76", body, StringComparison.Ordinal);
        Assert.Equal(0, exit);
        Assert.EndsWith("Stopped.\n", stdout.Text.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(string.Empty, stderr.Text);
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => client.GetAsync(url + "rulesets"));
    }

    [Fact]
    public async Task Serve_RulesFolder_ServesItsRuleSetsOnly()
    {
        var folder = Directory.CreateTempSubdirectory("perfeval-serve-cli-").FullName;
        try
        {
            File.Copy(Repo.Rules("dazhou-2023.yaml"), Path.Combine(folder, "dazhou-2023.yaml"));
            var stdout = new SharedWriter();
            var stderr = new SharedWriter();
            using var stop = new CancellationTokenSource();

            var run = Commands.Build(stdout, stderr).Parse(new[] { "serve", "--rules-folder", folder, "--port", "0" }).InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr }, stop.Token);
            var url = await UrlAsync(stdout, run);
            using var client = new HttpClient();
            var list = await client.GetStringAsync(url + "rulesets");
            await stop.CancelAsync();

            Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(30)));
            Assert.Contains("serving 1 rule set at", stdout.Text, StringComparison.Ordinal);
            Assert.Contains("dazhou-department-overall", list, StringComparison.Ordinal);
            Assert.DoesNotContain("yangxi", list, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Serve_MissingRulesFolder_SaysSoWithoutAStackTrace()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = Commands.Invoke(new[] { "serve", "--rules-folder", Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N")), "--port", "0" }, stdout, stderr);

        Assert.Equal(ExitCodes.IoError, exit);
        Assert.StartsWith("error: --rules-folder: there is no folder", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_PortTaken_SaysSoWithoutAStackTrace()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = Commands.Invoke(new[] { "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) }, stdout, stderr);

        Assert.Equal(ExitCodes.IoError, exit);
        Assert.StartsWith("error: ", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains(port.ToString(System.Globalization.CultureInfo.InvariantCulture), stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", stderr.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("65536")]
    public void Serve_PortOutOfRange_IsAUsageError(string port)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = Commands.Invoke(new[] { "serve", "--port", port }, stdout, stderr);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--port must be 0 to 65535", stderr.ToString(), StringComparison.Ordinal);
    }

    private static async Task<string> UrlAsync(SharedWriter stdout, Task<int> run)
    {
        for (var i = 0; i < 600; i++)
        {
            var match = Regex.Match(stdout.Text, @"at (http://\S+/)");
            if (match.Success)
            {
                return match.Groups[1].Value;
            }

            Assert.False(run.IsCompleted, "serve ended before printing its URL: " + stdout.Text);
            await Task.Delay(50);
        }

        throw new TimeoutException("serve printed no URL in 30 s: " + stdout.Text);
    }

    /// <summary>A writer the command writes to on its thread while the test reads it on another.</summary>
    private sealed class SharedWriter : StringWriter
    {
        private readonly object gate = new();

        public string Text
        {
            get
            {
                lock (gate)
                {
                    return ToString();
                }
            }
        }

        public override void Write(char value)
        {
            lock (gate)
            {
                base.Write(value);
            }
        }

        public override void Write(string? value)
        {
            lock (gate)
            {
                base.Write(value);
            }
        }

        public override void WriteLine(string? value)
        {
            lock (gate)
            {
                base.WriteLine(value);
            }
        }
    }
}
