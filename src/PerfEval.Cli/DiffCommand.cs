using System.CommandLine;
using System.Globalization;
using System.IO;
using PerfEval.Comparison;
using PerfEval.Inputs;
using PerfEval.Loading;
using PerfEval.Rendering;

namespace PerfEval.Cli;

/// <summary><c>perfeval diff</c>: what changed between two rule sets, and with <c>--input</c> what it does to a score.</summary>
internal static class DiffCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, StandardStreams streams)
    {
        var oldFile = new Argument<string>("old") { Description = "The old rule set file." };
        var newFile = new Argument<string>("new") { Description = "The new rule set file." };
        var input = new Option<string?>("--input") { Description = "Also score this input (JSON; - for standard input) under both and show the change per indicator." };
        var language = CommandSupport.LanguageOption();
        var command = new Command("diff", "List what changed between two rule sets: indicators, weights, methods, formulas, bands, grades.") { oldFile, newFile, input, language };
        command.SetAction(result => CommandSupport.Guarded(stderr, CommandSupport.Language(result.GetValue(language)), () =>
        {
            var lang = CommandSupport.Language(result.GetValue(language));
            var before = CommandSupport.LoadRules(result.GetValue(oldFile)!);
            var after = CommandSupport.LoadRules(result.GetValue(newFile)!);
            if (before.Value is null || after.Value is null)
            {
                CommandSupport.Print(stderr, before.Errors, lang);
                CommandSupport.Print(stderr, after.Errors, lang);
                return CommandSupport.ExitCodeFor([.. before.Diagnostics, .. after.Diagnostics], ExitCodes.InvalidRules);
            }

            var changes = RuleSetComparer.Compare(before.Value.Definition, after.Value.Definition, new RenderOptions { Language = lang });
            stdout.WriteLine(CliMessages.DiffHeadline.With($"{before.Value.Id}@{before.Value.Version}", $"{after.Value.Id}@{after.Value.Version}", changes.Count).Format(lang));
            foreach (var change in changes)
            {
                stdout.WriteLine("- " + change.ToString(lang));
            }

            if (result.GetValue(input) is not { } inputPath)
            {
                return ExitCodes.Success;
            }

            var read = CommandSupport.ReadInput(inputPath, streams, before.Value.Definition);
            if (read.Value is null)
            {
                CommandSupport.Print(stderr, read.Diagnostics, lang);
                return CommandSupport.ExitCodeFor(read.Diagnostics, ExitCodes.InvalidInput);
            }

            var old = before.Value.Evaluate(read.Value);
            var @new = after.Value.Evaluate(read.Value);
            if (old.Value is null || @new.Value is null)
            {
                CommandSupport.Print(stderr, old.Errors, lang);
                CommandSupport.Print(stderr, @new.Errors, lang);
                return ExitCodes.InvalidInput;
            }

            stdout.WriteLine();
            stdout.WriteLine(CliMessages.DiffScoresOf.With(read.Value.Subject ?? inputPath).Format(lang));
            foreach (var change in RuleSetComparer.CompareScores(old.Value, @new.Value))
            {
                var delta = change.Delta.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);
                stdout.WriteLine(lang == ReportLanguage.Chinese
                    ? $"- {change.Name}（{change.Id}）：{Points(change.Before)} → {Points(change.After)}（{delta}）"
                    : $"- {change.Id} {change.Name}: {Points(change.Before)} → {Points(change.After)} ({delta})");
            }

            stdout.WriteLine(CliMessages.DiffTotal.With(Points(old.Value.Total), old.Value.Grade.Label, Points(@new.Value.Total), @new.Value.Grade.Label).Format(lang));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static string Points(decimal? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "—";
}
