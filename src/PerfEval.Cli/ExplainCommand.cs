using System.CommandLine;
using System.IO;
using PerfEval.Inputs;
using PerfEval.Rendering;

namespace PerfEval.Cli;

/// <summary><c>perfeval explain</c>: one indicator in full — formula, values, substitution, band hit, fallback, reason.</summary>
internal static class ExplainCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var rules = CommandSupport.RulesOption();
        var input = new Option<string>("--input") { Description = "The input file (JSON).", Required = true };
        var id = new Argument<string>("id") { Description = "The indicator's id, e.g. budget_execution_rate." };
        var language = CommandSupport.LanguageOption();
        var command = new Command("explain", "Show how one indicator was scored: formula, inputs with values, substitution, band hit, fallback and reason.") { rules, input, language, id };
        command.SetAction(result => CommandSupport.Guarded(stderr, () =>
        {
            var load = CommandSupport.LoadRules(result.GetValue(rules)!);
            if (load.RuleSet is null)
            {
                CommandSupport.Print(stderr, load.Diagnostics);
                return CommandSupport.ExitCodeFor(load.Diagnostics, ExitCodes.InvalidRules);
            }

            var indicator = result.GetValue(id)!;
            if (load.RuleSet.Definition.FindIndicator(indicator) is null)
            {
                stderr.WriteLine($"error: rule set {load.RuleSet.Id}@{load.RuleSet.Version} has no indicator '{indicator}'.");
                return ExitCodes.Usage;
            }

            var read = JsonInputReader.ReadFile(result.GetValue(input)!);
            if (read.Input is null)
            {
                CommandSupport.Print(stderr, read.Diagnostics);
                return CommandSupport.ExitCodeFor(read.Diagnostics, ExitCodes.InvalidInput);
            }

            var evaluation = load.RuleSet.Evaluate(read.Input);
            if (evaluation.Scorecard is not { } card)
            {
                CommandSupport.Print(stderr, evaluation.Diagnostics);
                return ExitCodes.InvalidInput;
            }

            stdout.Write(TextRenderer.RenderIndicator(card, indicator, new RenderOptions { Language = CommandSupport.Language(result.GetValue(language)) }));
            return ExitCodes.Success;
        }));
        return command;
    }
}
