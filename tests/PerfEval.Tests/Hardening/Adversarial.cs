using System.Diagnostics;
using System.Text;
using PerfEval.Inputs;
using PerfEval.Loading;
using PerfEval.Rendering;
using PerfEval.Results;
using PerfEval.Tests.Support;
using PerfEval.Evaluation;

namespace PerfEval.Tests.Hardening;

/// <summary>
/// Shared by the hardening tests: the tally of adversarial cases behind the one summary line <c>.ci/run</c> prints,
/// the regression folder, and the rule that a hostile file ends in PerfEval's own diagnostics and nothing else.
/// </summary>
internal static class Adversarial
{
    /// <summary>
    /// The file <c>.ci/run</c> sums: one line per suite, <c>suite TAB cases TAB failures</c>, rewritten on every record.
    /// </summary>
    public const string SummaryFileName = "adversarial-summary.txt";

    private static readonly object Gate = new();

    /// <summary>
    /// Turns a failed <c>Debug.Assert</c> inside PerfEval (a Debug build) into an exception the test sees, instead of
    /// the fail-fast that would end the whole test process with no result.
    /// </summary>
    private static readonly bool AssertsThrow = InstallThrowingAssertListener();
    private static readonly SortedDictionary<string, (long Cases, long Failures)> Tally = new(StringComparer.Ordinal);

    /// <summary>Gets the summary file, in the test output folder (so a stale one from another build is never read).</summary>
    public static string SummaryPath { get; } = Path.Combine(AppContext.BaseDirectory, SummaryFileName);

    /// <summary>Gets the folder of regression files: hostile inputs that once crashed or misbehaved, replayed by every run.</summary>
    public static string RegressionFolder { get; } = Path.Combine(Repo.Root, "tests", "PerfEval.Tests", "Hardening", "Regressions");

    /// <summary>
    /// Adds cases to the tally and rewrites the summary file. The first record of a test process replaces whatever
    /// an earlier process left, so the file always counts this run; parallel test classes are serialised by a lock.
    /// </summary>
    public static void Record(string suite, long cases, long failures = 0)
    {
        Debug.Assert(AssertsThrow, "installed");
        lock (Gate)
        {
            Tally.TryGetValue(suite, out var sum);
            Tally[suite] = (sum.Cases + cases, sum.Failures + failures);
            var text = new StringBuilder();
            foreach (var (name, (c, f)) in Tally)
            {
                text.Append(name).Append('\t').Append(c).Append('\t').Append(f).Append('\n');
            }

            File.WriteAllText(SummaryPath, text.ToString());
        }
    }

    /// <summary>Runs one adversarial case, counting it (and counting it failed when it throws, which fails the test).</summary>
    public static void Case(string suite, Action body)
    {
        try
        {
            body();
            Record(suite, 1);
        }
        catch
        {
            Record(suite, 1, 1);
            throw;
        }
    }

    /// <summary>Loads rule text, turning any exception into a test failure that names it (PerfEval must never throw).</summary>
    public static Result<CompiledRuleSet> Load(string yaml, string sourceName = "hostile.yaml", RuleSetLimits? limits = null)
        => NoThrow(() => RuleSetLoader.Load(yaml, sourceName, RuleSetCatalog.Shipped, limits), yaml);

    /// <summary>Loads a rule file, turning any exception into a test failure.</summary>
    public static Result<CompiledRuleSet> LoadFile(string path) => NoThrow(() => RuleSetLoader.LoadFile(path), path);

    /// <summary>Reads input bytes, turning any exception into a test failure.</summary>
    public static Result<InputValues> Read(byte[] json, string sourceName = "hostile.json") => NoThrow(() => JsonInputReader.Read(json, sourceName), Encoding.UTF8.GetString(json));

    /// <summary>Asserts a load failed with an error of the code, and returns that error.</summary>
    public static Diagnostic AssertError(Result<CompiledRuleSet> result, string code)
    {
        Assert.False(result.IsSuccess, "expected the rule file to be refused");
        Assert.All(result.Diagnostics, d => Assert.Matches("^PE0[0-6][0-9][0-9]$", d.Code));
        var found = result.Errors.FirstOrDefault(d => d.Code == code);
        Assert.True(found is not null, $"expected an error {code}; got:\n{string.Join("\n", result.Diagnostics)}");
        return found!;
    }

    /// <summary>Asserts reading or scoring an input failed with an error of the code, and returns the first such error.</summary>
    public static Diagnostic AssertError(IEnumerable<Diagnostic> diagnostics, string code)
    {
        var list = diagnostics.ToList();
        Assert.All(list, d => Assert.Matches("^PE0[0-6][0-9][0-9]$", d.Code));
        var found = list.FirstOrDefault(d => d.Code == code && d.Severity == DiagnosticSeverity.Error);
        Assert.True(found is not null, $"expected an error {code}; got:\n{string.Join("\n", list)}");
        return found!;
    }

    /// <summary>Renders a scorecard both ways, so a renderer that throws on odd content is caught too.</summary>
    public static string Render(Scorecard card) => JsonRenderer.Render(card) + TextRenderer.Render(card);

    /// <summary>The input of a rule file in <c>rules/</c>: its own sample, or the sample of the rule set it extends.</summary>
    public static string SampleNameFor(string ruleFile) => ruleFile switch
    {
        "yangxi-2024.yaml" => "yangxi-2023.json",
        _ => Path.ChangeExtension(ruleFile, ".json"),
    };

    private static bool InstallThrowingAssertListener()
    {
        lock (Trace.Listeners)
        {
            if (!Trace.Listeners.OfType<ThrowingAssertListener>().Any())
            {
                Trace.Listeners.Clear();
                Trace.Listeners.Add(new ThrowingAssertListener());
            }
        }

        return true;
    }

    private static T NoThrow<T>(Func<T> action, string content)
    {
        try
        {
            return action();
        }
        catch (Exception ex)
        {
            var shown = content.Length > 300 ? content[..300] + "…" : content;
            Assert.Fail($"PerfEval threw {ex.GetType().FullName} instead of returning diagnostics: {ex.Message}\nContent: {shown}\n{ex}");
            throw;
        }
    }

    /// <summary>A trace listener whose <c>Fail</c> (what a failed <c>Debug.Assert</c> calls) throws.</summary>
    private sealed class ThrowingAssertListener : TraceListener
    {
        public override void Write(string? message)
        {
        }

        public override void WriteLine(string? message)
        {
        }

        public override void Fail(string? message, string? detailMessage) => throw new DebugAssertException($"Debug.Assert failed: {message} {detailMessage}");
    }
}

/// <summary>A failed <c>Debug.Assert</c> inside PerfEval, surfaced to the hardening tests.</summary>
internal sealed class DebugAssertException : Exception
{
    public DebugAssertException(string message)
        : base(message)
    {
    }
}
