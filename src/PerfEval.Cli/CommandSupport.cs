using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using PerfEval.Inputs;
using PerfEval.Loading;
using PerfEval.Rendering;
using PerfEval.Results;
using PerfEval.Evaluation;

namespace PerfEval.Cli;

/// <summary>What every command shares: error printing, exit codes, and the guard that keeps stack traces from users.</summary>
internal static class CommandSupport
{
    public static int Guarded(TextWriter stderr, Func<int> action) => Guarded(stderr, ReportLanguage.English, action);

    /// <summary>The guard, saying what went wrong in <paramref name="language"/>.</summary>
    public static int Guarded(TextWriter stderr, ReportLanguage language, Func<int> action)
    {
        try
        {
            return action();
        }
#pragma warning disable CA1031 // The last line of defence: no stack trace reaches the user.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Failure(stderr, ex, language);
        }
    }

    /// <summary>The same guard around an asynchronous action; a cancellation is the action's to handle and passes through.</summary>
    public static async Task<int> GuardedAsync(TextWriter stderr, Func<Task<int>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The last line of defence: no stack trace reaches the user.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return Failure(stderr, ex, ReportLanguage.English);
        }
    }

    /// <summary>Says what went wrong in one line: an I/O problem as such, anything else as an internal error to report.</summary>
    private static int Failure(TextWriter stderr, Exception ex, ReportLanguage language)
    {
        if (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine(CliMessages.IoError.With(ex.Message).Format(language));
            return ExitCodes.IoError;
        }

        stderr.WriteLine(CliMessages.InternalError.With(ex.GetType().Name, ex.Message).Format(language));
        return ExitCodes.InternalError;
    }

    public static Option<string> RulesOption() => new("--rules") { Description = "The rule set: a YAML file, or id@version of a rule set shipped with PerfEval.", Required = true };

    public static Option<string?> OutOption() => new("--out") { Description = "Write to this file instead of standard output; the file is replaced whole or not at all. - is standard output." };

    /// <summary>The name that means standard input for <c>--input</c> and standard output for <c>--out</c>.</summary>
    public const string StandardStream = "-";

    /// <summary>The name standard input goes by in diagnostics.</summary>
    public const string StandardInputName = "stdin";

    /// <summary>Whether <c>--out</c> means standard output: not given, or <c>-</c>.</summary>
    public static bool ToStandardOutput(string? path) => path is null or StandardStream;

    public static Option<string> LanguageOption()
    {
        var option = new Option<string>("--lang") { Description = "Language of every word of the output: en or zh. Defaults to zh under a Chinese UI culture (zh-*), else en.", DefaultValueFactory = _ => LanguageDefault.Current() };
        option.AcceptOnlyFromAmong("en", "zh");
        return option;
    }

    public static ReportLanguage Language(string? code) => code == "zh" ? ReportLanguage.Chinese : ReportLanguage.English;

    /// <summary>Writes text to standard output, or atomically to a file.</summary>
    public static void Write(TextWriter stdout, string? path, string text)
    {
        if (ToStandardOutput(path))
        {
            stdout.Write(text);
        }
        else
        {
            AtomicFile.WriteText(path!, text);
        }
    }

    /// <summary>
    /// Reads an input file, or with <c>-</c> standard input (named <c>stdin</c> in diagnostics), under the same
    /// <see cref="JsonInputReader.MaxFileBytes"/> limit as a file: a filled-in workbook when the file's name ends in
    /// <c>.xlsx</c> (or standard input starts as a zip does) and <paramref name="rules"/> are given, else JSON.
    /// </summary>
    public static Result<InputValues> ReadInput(string path, StandardStreams streams, Rules.RuleSet? rules = null)
    {
        if (path != StandardStream)
        {
            if (rules is not null && path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                byte[] workbook;
                try
                {
                    workbook = BoundedFile.Read(path, JsonInputReader.MaxFileBytes, Messages.InputWorkbook);
                }
                catch (BoundedFile.Failure failure)
                {
                    return Result<InputValues>.OfInput(null, [new Diagnostic(failure.Code, DiagnosticSeverity.Error, failure.Text, path)]);
                }

                return Office.InputWorkbook.Read(new MemoryStream(workbook, writable: false), path, rules);
            }

            return JsonInputReader.ReadFile(path);
        }

        var bytes = new MemoryStream();
        var chunk = new byte[64 * 1024];
        using (var stdin = streams.Input())
        {
            int count;
            while ((count = stdin.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (bytes.Length + count > JsonInputReader.MaxFileBytes)
                {
                    var tooLarge = new Diagnostic(Codes.FileTooLarge, DiagnosticSeverity.Error, Messages.StandardInputTooLarge.With(JsonInputReader.MaxFileBytes), StandardInputName);
                    return Result<InputValues>.OfInput(null, [tooLarge]);
                }

                bytes.Write(chunk, 0, count);
            }
        }

        // A zip's signature, PK\x03\x04, cannot begin a JSON text: a workbook piped in.
        var buffer = bytes.GetBuffer();
        if (rules is not null && bytes.Length >= 4 && buffer[0] == 0x50 && buffer[1] == 0x4B && buffer[2] == 0x03 && buffer[3] == 0x04)
        {
            bytes.Position = 0;
            return Office.InputWorkbook.Read(bytes, StandardInputName, rules);
        }

        return JsonInputReader.Read(bytes.ToArray(), StandardInputName);
    }

    /// <summary>Loads rules from a file, or by <c>id@version</c> from the rule sets shipped in the package.</summary>
    public static Result<CompiledRuleSet> LoadRules(string value)
    {
        var at = value.LastIndexOf('@');
        if (!File.Exists(value) && at > 0 && value.IndexOfAny(['/', '\\']) < 0)
        {
            return RuleSetCatalog.Shipped.Load(value[..at], value[(at + 1)..]);
        }

        return RuleSetLoader.LoadFile(value);
    }

    /// <summary>
    /// Loads the rules, reads the input and scores it, printing the diagnostics of whichever step fails.
    /// Returns the exit code of the failure, or <see langword="null"/> with the scorecard.
    /// </summary>
    public static int? Score(TextWriter stderr, string rules, string input, StandardStreams streams, out Evaluation.CompiledRuleSet? ruleSet, out Scorecard? card)
        => Score(stderr, ReportLanguage.English, rules, input, streams, out ruleSet, out card, out _);

    /// <summary>As <see cref="Score(TextWriter, string, string, StandardStreams, out Evaluation.CompiledRuleSet?, out Scorecard?)"/>, printing the diagnostics in <paramref name="language"/>.</summary>
    public static int? Score(TextWriter stderr, ReportLanguage language, string rules, string input, StandardStreams streams, out Evaluation.CompiledRuleSet? ruleSet, out Scorecard? card)
        => Score(stderr, language, rules, input, streams, out ruleSet, out card, out _);

    /// <summary>As <see cref="Score(TextWriter, string, string, StandardStreams, out Evaluation.CompiledRuleSet?, out Scorecard?)"/>, also giving the input read (the report quotes its figures).</summary>
    public static int? Score(TextWriter stderr, string rules, string input, StandardStreams streams, out Evaluation.CompiledRuleSet? ruleSet, out Scorecard? card, out InputValues? values)
        => Score(stderr, ReportLanguage.English, rules, input, streams, out ruleSet, out card, out values);

    /// <summary>As <see cref="Score(TextWriter, string, string, StandardStreams, out Evaluation.CompiledRuleSet?, out Scorecard?, out InputValues?)"/>, printing the diagnostics in <paramref name="language"/>.</summary>
    public static int? Score(TextWriter stderr, ReportLanguage language, string rules, string input, StandardStreams streams, out Evaluation.CompiledRuleSet? ruleSet, out Scorecard? card, out InputValues? values)
    {
        card = null;
        values = null;
        var load = LoadRules(rules);
        ruleSet = load.Value;
        if (ruleSet is null)
        {
            Print(stderr, load.Diagnostics, language);
            return ExitCodeFor(load.Diagnostics, ExitCodes.InvalidRules);
        }

        var read = ReadInput(input, streams, ruleSet.Definition);
        if (read.Value is null)
        {
            Print(stderr, read.Diagnostics, language);
            return ExitCodeFor(read.Diagnostics, ExitCodes.InvalidInput);
        }

        values = read.Value;
        var evaluation = ruleSet.Evaluate(read.Value);
        card = evaluation.Value;
        if (card is null)
        {
            // The reader's warnings say where a judgement was left blank, which the evaluation's errors cannot.
            Print(stderr, read.Diagnostics, language);
            Print(stderr, evaluation.Diagnostics, language);
            return ExitCodes.InvalidInput;
        }

        return null;
    }

    public static int ExitCodeFor(IReadOnlyList<Diagnostic> diagnostics, int otherwise)
        => diagnostics.Any(d => d.Code == "PE0001") ? ExitCodes.IoError : otherwise;

    public static void Print(TextWriter writer, IEnumerable<Diagnostic> diagnostics) => Print(writer, diagnostics, ReportLanguage.English);

    /// <summary>Prints diagnostics one a line, in <paramref name="language"/>.</summary>
    public static void Print(TextWriter writer, IEnumerable<Diagnostic> diagnostics, ReportLanguage language)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(diagnostic.ToString(language));
        }
    }
}
