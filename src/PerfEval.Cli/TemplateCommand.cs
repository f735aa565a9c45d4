using System.CommandLine;
using System.IO;
using PerfEval.Rendering;

namespace PerfEval.Cli;

/// <summary><c>perfeval template</c>: a blank input file for a rule set, every input and judgement described.</summary>
internal static class TemplateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var rules = CommandSupport.RulesOption();
        var output = CommandSupport.OutOption();
        var language = CommandSupport.LanguageOption();
        var command = new Command("template", "Write a blank input file for a rule set: every declared input with type, unit and description, and judgement placeholders.") { rules, output, language };
        command.SetAction(result => CommandSupport.Guarded(stderr, () =>
        {
            var load = CommandSupport.LoadRules(result.GetValue(rules)!);
            if (load.Value is null)
            {
                CommandSupport.Print(stderr, load.Diagnostics);
                return CommandSupport.ExitCodeFor(load.Diagnostics, ExitCodes.InvalidRules);
            }

            CommandSupport.Write(stdout, result.GetValue(output), InputTemplateRenderer.Render(load.Value.Definition, new RenderOptions { Language = CommandSupport.Language(result.GetValue(language)) }));
            return ExitCodes.Success;
        }));
        return command;
    }
}
