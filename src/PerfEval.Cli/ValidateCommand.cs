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

/// <summary><c>perfeval validate</c>: check rule files and print every problem.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("files") { Description = "Rule set files to check.", Arity = ArgumentArity.OneOrMore };
        var language = CommandSupport.LanguageOption();
        var command = new Command("validate", "Check rule set files and report every problem, each with file, line and column.") { files, language };
        command.SetAction(result => CommandSupport.Guarded(stderr, CommandSupport.Language(result.GetValue(language)), () =>
        {
            var lang = CommandSupport.Language(result.GetValue(language));
            var exit = ExitCodes.Success;
            foreach (var file in result.GetValue(files)!)
            {
                var load = RuleSetLoader.LoadFile(file);
                CommandSupport.Print(load.IsSuccess ? stdout : stderr, load.Diagnostics, lang);
                if (load.Value is { } ruleSet)
                {
                    var warnings = load.Diagnostics.Count;
                    stdout.WriteLine(CliMessages.ValidOk.With(file, ruleSet.Id, ruleSet.Version, ruleSet.Definition.Indicators.Count, warnings == 0 ? null : CliMessages.ValidWarnings.With(warnings)).Format(lang));
                }
                else
                {
                    exit = Math.Max(exit, CommandSupport.ExitCodeFor(load.Diagnostics, ExitCodes.InvalidRules));
                }
            }

            return exit;
        }));
        return command;
    }
}
