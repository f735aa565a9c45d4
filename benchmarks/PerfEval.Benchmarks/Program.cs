using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace PerfEval.Benchmarks;

/// <summary>
/// Runs the benchmarks (see benchmarks/README.md):
/// <c>dotnet run -c Release --project benchmarks/PerfEval.Benchmarks -- --filter '*' --job short</c>.
/// Reports go to benchmarks/BenchmarkDotNet.Artifacts/results unless <c>--artifacts</c> says otherwise; the job is
/// <c>short</c> unless <c>--job</c> says otherwise.
/// <c>-- --memory</c> instead measures what BenchmarkDotNet cannot: the retained size of a result, and the heap while
/// a batch streams; <c>-- --stages</c> only the bytes one department of <c>perfeval batch</c> allocates, stage by stage.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Contains("--stages"))
        {
            MemoryProbe.BatchStages(Console.Out, Data.Rules);
            return 0;
        }

        if (args.Contains("--memory"))
        {
            MemoryProbe.Run(Console.Out);
            return 0;
        }

        // The default analysers and validators, the memory diagnoser, and one exporter: GitHub markdown.
        var config = ManualConfig.CreateMinimumViable()
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddExporter(MarkdownExporter.GitHub)
            .AddAnalyser(DefaultConfig.Instance.GetAnalysers().ToArray())
            .AddValidator(DefaultConfig.Instance.GetValidators().ToArray());
        if (!args.Contains("--artifacts") && BenchmarksFolder() is { } folder)
        {
            config = config.WithArtifactsPath(Path.Combine(folder, "BenchmarkDotNet.Artifacts"));
        }

        // A batch operation takes seconds: BenchmarkDotNet's default job would run for hours. Short unless told otherwise.
        if (!args.Any(a => a is "--job" or "-j"))
        {
            config = config.AddJob(Job.ShortRun);
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }

    /// <summary>Finds the repository's benchmarks folder above this build's output, wherever the run started.</summary>
    private static string? BenchmarksFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PerfEval.sln")))
            {
                return Path.Combine(folder.FullName, "benchmarks");
            }
        }

        return null;
    }
}
