using System.Diagnostics;

namespace PerfEval.Tests.Support;

/// <summary>Runs a process to completion, capturing its output, with a time limit so a hung child cannot hang the run.</summary>
internal static class Shell
{
    public static (int ExitCode, string Output) Run(string fileName, IEnumerable<string> arguments, string workingDirectory, IDictionary<string, string>? environment = null, int timeoutSeconds = 300)
    {
        var (exitCode, stdout, stderr) = RunSeparately(fileName, arguments, workingDirectory, environment, timeoutSeconds);
        return (exitCode, stdout + stderr);
    }

    /// <summary>Runs a process to completion, with its standard output and error kept apart, each read as UTF-8.</summary>
    public static (int ExitCode, string Stdout, string Stderr) RunSeparately(string fileName, IEnumerable<string> arguments, string workingDirectory, IDictionary<string, string>? environment = null, int timeoutSeconds = 300)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new System.Text.UTF8Encoding(false),
            StandardErrorEncoding = new System.Text.UTF8Encoding(false),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish in {timeoutSeconds} s.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
