using System.CommandLine;
using System.Globalization;
using System.IO;
using PerfEval.Comparison;
using PerfEval.Inputs;
using PerfEval.Loading;

namespace PerfEval.Cli;

/// <summary><c>perfeval diff</c>: what changed between two rule sets, and with <c>--input</c> what it does to a score.</summary>
internal static class DiffCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var oldFile = new Argument<string>("old") { Description = "The old rule set file." };
        var newFile = new Argument<string>("new") { Description = "The new rule set file." };
        var input = new Option<string?>("--input") { Description = "Also score this input (JSON) under both and show the change per indicator." };
        var command = new Command("diff", "List what changed between two rule sets: indicators, weights, methods, formulas, bands, grades.") { oldFile, newFile, input };
        command.SetAction(result => CommandSupport.Guarded(stderr, () =>
        {
            var before = CommandSupport.LoadRules(result.GetValue(oldFile)!);
            var after = CommandSupport.LoadRules(result.GetValue(newFile)!);
            if (before.RuleSet is null || after.RuleSet is null)
            {
                CommandSupport.Print(stderr, before.Errors);
                CommandSupport.Print(stderr, after.Errors);
                return CommandSupport.ExitCodeFor([.. before.Diagnostics, .. after.Diagnostics], ExitCodes.InvalidRules);
            }

            var changes = RuleSetComparer.Compare(before.RuleSet.Definition, after.RuleSet.Definition);
            stdout.WriteLine($"{before.RuleSet.Id}@{before.RuleSet.Version} → {after.RuleSet.Id}@{after.RuleSet.Version}: {changes.Count} change(s)");
            foreach (var change in changes)
            {
                stdout.WriteLine("- " + change);
            }

            if (result.GetValue(input) is not { } inputPath)
            {
                return ExitCodes.Success;
            }

            var read = JsonInputReader.ReadFile(inputPath);
            if (read.Input is null)
            {
                CommandSupport.Print(stderr, read.Diagnostics);
                return CommandSupport.ExitCodeFor(read.Diagnostics, ExitCodes.InvalidInput);
            }

            var old = before.RuleSet.Evaluate(read.Input);
            var @new = after.RuleSet.Evaluate(read.Input);
            if (old.Scorecard is null || @new.Scorecard is null)
            {
                CommandSupport.Print(stderr, old.Errors);
                CommandSupport.Print(stderr, @new.Errors);
                return ExitCodes.InvalidInput;
            }

            stdout.WriteLine();
            stdout.WriteLine($"Scores of {read.Input.Subject ?? inputPath}:");
            foreach (var change in RuleSetComparer.CompareScores(old.Scorecard, @new.Scorecard))
            {
                stdout.WriteLine($"- {change.Id} {change.Name}: {Points(change.Before)} → {Points(change.After)} ({change.Delta.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture)})");
            }

            stdout.WriteLine($"Total: {Points(old.Scorecard.Total)} {old.Scorecard.Grade.Label} → {Points(@new.Scorecard.Total)} {@new.Scorecard.Grade.Label}");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static string Points(decimal? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "—";
}
