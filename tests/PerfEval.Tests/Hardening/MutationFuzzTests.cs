using System.Diagnostics;
using System.Text;
using PerfEval.Evaluation;
using PerfEval.Inputs;
using PerfEval.Loading;
using PerfEval.Results;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Hardening;

/// <summary>
/// Mutates every file under <c>rules/</c> and <c>samples/</c> thousands of times, deterministically from a seed, and
/// loads or reads each mutant (scoring it against its sample or rule set when it loads): every case must end in a
/// result or in PerfEval's own diagnostics. Any other exception fails the test with the seed and the mutant, saved
/// under <c>Regressions/</c>. Every regression file is replayed by every run.
/// </summary>
public sealed class MutationFuzzTests
{
    /// <summary>The seed of case 0; case <c>i</c> uses <c>BaseSeed + i</c>, so any case replays alone.</summary>
    public const int BaseSeed = 20_240_601;

    /// <summary>The most cases one run tries.</summary>
    public const int MaxCases = 12_000;

    /// <summary>The time one run may take; it stops at whichever of this and <see cref="MaxCases"/> comes first.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);

    private const string Suite = "mutation-fuzz";

    private static readonly string RulesFolder = Path.Combine(Repo.Root, "rules");

    private static readonly Lazy<RuleSetCatalog> Catalog = new(() => RuleSetCatalog.FromDirectory(RulesFolder));

    public static TheoryData<string> RegressionCases
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var name in RegressionNames())
            {
                data.Add(name);
            }

            return data;
        }
    }

    [Fact]
    public void Mutate_EveryRuleAndSampleFile_EndsInResultsOrDiagnostics()
    {
        var targets = Targets();
        var watch = Stopwatch.StartNew();
        var progress = Path.Combine(AppContext.BaseDirectory, "fuzz-current-case.txt");
        var cases = 0;
        var failures = new List<string>();
        var slowest = (Seed: 0, Milliseconds: 0L);
        for (; cases < MaxCases && watch.Elapsed < Budget; cases++)
        {
            var seed = BaseSeed + cases;
            var target = targets[cases % targets.Count];
            var (bytes, mutation) = Mutator.Mutate(target.Bytes, seed);
            var described = Mutator.Describe(seed, target.Name, mutation);

            // Should a case ever take the process down, this file says which one it was.
            File.WriteAllText(progress, described);
            var started = watch.ElapsedMilliseconds;
            if (Run(target, bytes) is { } exception)
            {
                var saved = Save(target, bytes, Signature(exception), described);
                failures.Add($"{described}\n  {exception.GetType().FullName}: {exception.Message}\n  saved as {saved}\n{exception.StackTrace}");
            }

            var took = watch.ElapsedMilliseconds - started;
            if (took > slowest.Milliseconds)
            {
                slowest = (seed, took);
            }
        }

        File.Delete(progress);
        Adversarial.Record(Suite, cases, failures.Count);
        Assert.True(cases >= 100, $"only {cases} cases in {Budget.TotalSeconds} s");
        Assert.True(slowest.Milliseconds < 10_000, $"case {slowest.Seed} took {slowest.Milliseconds} ms");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases} mutants made PerfEval throw:\n\n{string.Join("\n\n", failures.Take(10))}");
    }

    [Theory]
    [MemberData(nameof(RegressionCases))]
    public void Replay_RegressionFile_EndsInResultsOrDiagnostics(string name)
    {
        Adversarial.Case("regressions", () =>
        {
            var folder = Adversarial.RegressionFolder;
            var rules = Path.Combine(folder, name + ".yaml");
            var input = Path.Combine(folder, name + (File.Exists(Path.Combine(folder, name + ".json")) ? ".json" : ".input.json"));
            Exception? exception;
            if (File.Exists(rules))
            {
                var target = new Target(name + ".yaml", File.ReadAllBytes(rules), IsRules: true, File.Exists(input) ? JsonInputReader.ReadFile(input).GetValueOrThrow() : null, null);
                exception = Run(target, target.Bytes);
            }
            else
            {
                var bytes = File.ReadAllBytes(input);
                var ruleFile = Encoding.UTF8.GetString(bytes).Split('\n')[0].Replace("// rules:", string.Empty, StringComparison.Ordinal).Trim();
                var target = new Target(name + ".input.json", bytes, IsRules: false, null, RuleSetLoader.LoadFile(Repo.Rules(ruleFile)).GetValueOrThrow());
                exception = Run(target, bytes);
            }

            Assert.True(exception is null, $"{name}: {exception}");
        });
    }

    [Fact]
    public void Regressions_EveryFile_IsARuleFileOrAnInput()
    {
        var names = RegressionNames().ToList();
        var files = Directory.EnumerateFiles(Adversarial.RegressionFolder).Select(Path.GetFileName).ToList();

        Assert.All(files, f => Assert.True(f!.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal), $"{f} is neither a rule file nor an input"));
    }

    /// <summary>Loads or reads the mutant and scores it; returns the exception PerfEval threw, or null when it answered.</summary>
    private static Exception? Run(Target target, byte[] bytes)
    {
        try
        {
            if (target.IsRules)
            {
                var loaded = LoadRules(target.Name, bytes);
                Assert.All(loaded.Diagnostics, d => Assert.Matches("^PE0[0-8][0-9][0-9]$", d.Code));
                Assert.Equal(loaded.IsSuccess, !loaded.Errors.Any());
                if (loaded.IsSuccess && target.Input is not null)
                {
                    Check(loaded.Value!.Evaluate(target.Input));
                }
            }
            else
            {
                var read = JsonInputReader.Read(bytes, "samples/" + target.Name);
                Assert.All(read.Diagnostics, d => Assert.Matches("^PE0[0-8][0-9][0-9]$", d.Code));
                Assert.Equal(read.IsSuccess, !read.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error));
                if (read.IsSuccess)
                {
                    Check(target.Rules!.Evaluate(read.Value!));
                }
            }

            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    private static void Check(Result<Scorecard> result)
    {
        Assert.All(result.Diagnostics, d => Assert.Matches("^PE0[0-8][0-9][0-9]$", d.Code));
        if (result.IsSuccess)
        {
            var card = result.Value!;
            Assert.InRange(card.Total, 0m, card.TotalPoints);
            _ = Adversarial.Render(card);
        }
        else
        {
            Assert.NotEmpty(result.Errors);
        }
    }

    /// <summary>Valid UTF-8 is loaded as text (fast); anything else through a file, as a user's broken file would be.</summary>
    private static Result<CompiledRuleSet> LoadRules(string name, byte[] bytes)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var path = Path.Combine(Path.GetTempPath(), $"perfeval-fuzz-{Environment.ProcessId}-{Guid.NewGuid():N}.yaml");
            try
            {
                File.WriteAllBytes(path, bytes);
                return RuleSetLoader.LoadFile(path);
            }
            finally
            {
                File.Delete(path);
            }
        }

        return RuleSetLoader.Load(text, "rules/" + name, Catalog.Value);
    }

    /// <summary>The exception's type and the PerfEval type it came out of: what tells one bug from another.</summary>
    private static string Signature(Exception exception)
    {
        var origin = new StackTrace(exception).GetFrames()
            .Select(f => f.GetMethod()?.DeclaringType?.FullName)
            .FirstOrDefault(t => t is not null && t.StartsWith("PerfEval.", StringComparison.Ordinal) && !t.StartsWith("PerfEval.Tests.", StringComparison.Ordinal));
        var type = origin is null ? "(outside PerfEval)" : origin.Split('+')[0];
        return $"{exception.GetType().FullName} at {type}";
    }

    private static string Save(Target target, byte[] bytes, string signature, string described)
    {
        var slug = new string(signature.Replace(" at ", "-", StringComparison.Ordinal).Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());
        var name = "fuzz-" + slug.Replace("system-", string.Empty, StringComparison.Ordinal).Replace("perfeval-", string.Empty, StringComparison.Ordinal);
        var extension = target.IsRules ? ".yaml" : ".input.json";
        var path = Path.Combine(Adversarial.RegressionFolder, name + extension);
        if (!File.Exists(path))
        {
            var header = target.IsRules ? $"# {described}\n" : $"// rules: {target.RulesFile}\n// {described}\n";
            File.WriteAllBytes(path, Encoding.UTF8.GetBytes(header).Concat(bytes).ToArray());
            if (target.IsRules && target.Input is not null)
            {
                File.Copy(Repo.Samples(Adversarial.SampleNameFor(target.Name)), Path.Combine(Adversarial.RegressionFolder, name + ".json"), overwrite: true);
            }
        }

        return path;
    }

    private static List<Target> Targets()
    {
        var targets = new List<Target>();
        foreach (var rules in Repo.AllRuleFiles())
        {
            var name = Path.GetFileName(rules);
            var sample = JsonInputReader.ReadFile(Repo.Samples(Adversarial.SampleNameFor(name))).GetValueOrThrow();
            targets.Add(new Target(name, File.ReadAllBytes(rules), IsRules: true, sample, null));
        }

        foreach (var sample in Directory.EnumerateFiles(Path.Combine(Repo.Root, "samples"), "*.json").OrderBy(p => p, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(sample);
            // samples/NAME.json and samples/NAME.scenario.json are inputs for rules/NAME.yaml.
            var rules = RuleSetLoader.LoadFile(Repo.Rules(name[..name.IndexOf('.')] + ".yaml")).GetValueOrThrow();
            targets.Add(new Target(name, File.ReadAllBytes(sample), IsRules: false, null, rules));
        }

        Assert.True(targets.Count >= 5, string.Join(", ", targets.Select(t => t.Name)));
        return targets;
    }

    private static IEnumerable<string> RegressionNames() => Directory.EnumerateFiles(Adversarial.RegressionFolder)
        .Select(p => Path.GetFileName(p)!)
        .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".input.json", StringComparison.Ordinal))
        .Select(f => f.EndsWith(".yaml", StringComparison.Ordinal) ? f[..^".yaml".Length] : f[..^".input.json".Length])
        .Distinct()
        .OrderBy(n => n, StringComparer.Ordinal);

    /// <summary>A file to mutate: a rule file (scored with its sample) or a sample (scored with its rule set).</summary>
    private sealed record Target(string Name, byte[] Bytes, bool IsRules, InputValues? Input, CompiledRuleSet? Rules)
    {
        public string RulesFile => Path.ChangeExtension(Name, ".yaml");
    }
}
