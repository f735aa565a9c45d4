using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using PerfEval.Inputs;
using PerfEval.Loading;
using PerfEval.Rendering;
using PerfEval.Results;

namespace PerfEval.Cli;

/// <summary>The commands of <c>perfeval</c>: argument parsing and output only; the library does the work.</summary>
internal static class Commands
{
    public static RootCommand Build(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("PerfEval: score 部门整体支出绩效自评 (department overall-expenditure performance self-evaluations) from YAML rule sets.");
        root.Subcommands.Add(Score(stdout, stderr));
        root.Subcommands.Add(Validate(stdout, stderr));
        return root;
    }

    private static Command Score(TextWriter stdout, TextWriter stderr)
    {
        var rules = new Option<string>("--rules") { Description = "The rule set file (YAML).", Required = true };
        var input = new Option<string>("--input") { Description = "The input file (JSON: subject, values, judgements).", Required = true };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("score", "Score an input under a rule set and print the breakdown.") { rules, input, format };
        command.SetAction(result => Guarded(stderr, () =>
        {
            var load = RuleSetLoader.LoadFile(result.GetValue(rules)!);
            if (load.RuleSet is null)
            {
                Print(stderr, load.Diagnostics);
                return ExitCodeFor(load.Diagnostics, ExitCodes.InvalidRules);
            }

            var read = JsonInputReader.ReadFile(result.GetValue(input)!);
            if (read.Input is null)
            {
                Print(stderr, read.Diagnostics);
                return ExitCodeFor(read.Diagnostics, ExitCodes.InvalidInput);
            }

            var evaluation = load.RuleSet.Evaluate(read.Input);
            if (evaluation.Scorecard is null)
            {
                Print(stderr, evaluation.Diagnostics);
                return ExitCodes.InvalidInput;
            }

            stdout.Write(result.GetValue(format) == "json" ? JsonRenderer.Render(evaluation.Scorecard) : TextRenderer.Render(evaluation.Scorecard));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Validate(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("files") { Description = "Rule set files to check.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Check rule set files and report every problem, each with file, line and column.") { files };
        command.SetAction(result => Guarded(stderr, () =>
        {
            var exit = ExitCodes.Success;
            foreach (var file in result.GetValue(files)!)
            {
                var load = RuleSetLoader.LoadFile(file);
                Print(load.IsSuccess ? stdout : stderr, load.Diagnostics);
                if (load.RuleSet is { } ruleSet)
                {
                    var warnings = load.Diagnostics.Count;
                    stdout.WriteLine($"{file}: ok: {ruleSet.Id} {ruleSet.Version}, {ruleSet.Definition.Indicators.Count} top-level indicators" + (warnings == 0 ? string.Empty : $", {warnings} warning(s)"));
                }
                else
                {
                    exit = Math.Max(exit, ExitCodeFor(load.Diagnostics, ExitCodes.InvalidRules));
                }
            }

            return exit;
        }));
        return command;
    }

    private static int Guarded(TextWriter stderr, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (IOException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ExitCodes.IoError;
        }
        catch (UnauthorizedAccessException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ExitCodes.IoError;
        }
#pragma warning disable CA1031 // The last line of defence: no stack trace reaches the user.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"internal error: {ex.GetType().Name}: {ex.Message} (please report this)");
            return ExitCodes.InternalError;
        }
    }

    private static int ExitCodeFor(IReadOnlyList<Diagnostic> diagnostics, int otherwise)
        => diagnostics.Any(d => d.Code == "PE0001") ? ExitCodes.IoError : otherwise;

    private static void Print(TextWriter writer, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(diagnostic.ToString());
        }
    }
}
