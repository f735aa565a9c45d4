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

/// <summary><c>perfeval score</c>: score one input and print the breakdown.</summary>
internal static class ScoreCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var rules = new Option<string>("--rules") { Description = "The rule set: a YAML file, or id@version of a rule set shipped with PerfEval.", Required = true };
        var input = new Option<string>("--input") { Description = "The input file (JSON: subject, values, judgements).", Required = true };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("score", "Score an input under a rule set and print the breakdown.") { rules, input, format };
        command.SetAction(result => CommandSupport.Guarded(stderr, () =>
        {
            var load = CommandSupport.LoadRules(result.GetValue(rules)!);
            if (load.RuleSet is null)
            {
                CommandSupport.Print(stderr, load.Diagnostics);
                return CommandSupport.ExitCodeFor(load.Diagnostics, ExitCodes.InvalidRules);
            }

            var read = JsonInputReader.ReadFile(result.GetValue(input)!);
            if (read.Input is null)
            {
                CommandSupport.Print(stderr, read.Diagnostics);
                return CommandSupport.ExitCodeFor(read.Diagnostics, ExitCodes.InvalidInput);
            }

            var evaluation = load.RuleSet.Evaluate(read.Input);
            if (evaluation.Scorecard is null)
            {
                CommandSupport.Print(stderr, evaluation.Diagnostics);
                return ExitCodes.InvalidInput;
            }

            stdout.Write(result.GetValue(format) == "json" ? JsonRenderer.Render(evaluation.Scorecard) : TextRenderer.Render(evaluation.Scorecard));
            return ExitCodes.Success;
        }));
        return command;
    }
}
