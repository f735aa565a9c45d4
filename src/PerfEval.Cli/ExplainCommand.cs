using System.CommandLine;
using System.Linq;
using System.IO;
using PerfEval.Results;
using PerfEval.Inputs;
using PerfEval.Rendering;

namespace PerfEval.Cli;

/// <summary><c>perfeval explain</c>: one indicator in full — formula, values, substitution, band hit, fallback, reason.</summary>
internal static class ExplainCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, StandardStreams streams)
    {
        var rules = CommandSupport.RulesOption();
        var input = new Option<string>("--input") { Description = "The input file (JSON), or - for standard input.", Required = true };
        var id = new Argument<string>("id") { Description = "The indicator's id, e.g. budget_execution_rate." };
        var language = CommandSupport.LanguageOption();
        var command = new Command("explain", "Show how one indicator was scored: formula, inputs with values, substitution, band hit, fallback and reason.") { rules, input, language, id };
        command.SetAction(result => CommandSupport.Guarded(stderr, CommandSupport.Language(result.GetValue(language)), () =>
        {
            var lang = CommandSupport.Language(result.GetValue(language));
            if (CommandSupport.Score(stderr, lang, result.GetValue(rules)!, result.GetValue(input)!, streams, out var ruleSet, out var card) is { } failed)
            {
                return failed;
            }

            var indicator = result.GetValue(id)!;
            if (ruleSet!.Definition.FindIndicator(indicator) is null)
            {
                var hint = Spelling.Closest(indicator, card!.AllIndicators.Select(i => i.Id));
                stderr.WriteLine(CliMessages.NoSuchIndicator.With(ruleSet.Id, ruleSet.Version, indicator, hint is null ? null : Messages.DidYouMean.With(hint)).Format(lang));
                return ExitCodes.Usage;
            }

            stdout.Write(TextRenderer.RenderIndicator(card!, indicator, new RenderOptions { Language = lang }));
            return ExitCodes.Success;
        }));
        return command;
    }
}
