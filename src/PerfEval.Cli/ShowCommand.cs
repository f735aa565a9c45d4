using System.CommandLine;
using System.IO;
using PerfEval.Loading;
using PerfEval.Rendering;

namespace PerfEval.Cli;

/// <summary><c>perfeval show</c>: print a rule set's tree, or with <c>--resolved</c> the YAML after <c>extends</c>.</summary>
internal static class ShowCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "The rule set file (YAML)." };
        var resolved = new Option<bool>("--resolved") { Description = "Print the rule set as YAML with 'extends' resolved." };
        var language = CommandSupport.LanguageOption();
        var command = new Command("show", "Print a rule set: its indicator tree, or the resolved YAML.") { file, resolved, language };
        command.SetAction(result => CommandSupport.Guarded(stderr, CommandSupport.Language(result.GetValue(language)), () =>
        {
            var lang = CommandSupport.Language(result.GetValue(language));
            var path = result.GetValue(file)!;
            if (result.GetValue(resolved))
            {
                var resolution = RuleSetLoader.ResolveFile(path);
                CommandSupport.Print(stderr, resolution.Diagnostics, lang);
                if (resolution.Value is null)
                {
                    return CommandSupport.ExitCodeFor(resolution.Diagnostics, ExitCodes.InvalidRules);
                }

                stdout.Write(resolution.Value);
                return ExitCodes.Success;
            }

            var load = CommandSupport.LoadRules(path);
            if (load.Value is null)
            {
                CommandSupport.Print(stderr, load.Diagnostics, lang);
                return CommandSupport.ExitCodeFor(load.Diagnostics, ExitCodes.InvalidRules);
            }

            stdout.Write(OutlineRenderer.Render(load.Value.Definition));
            return ExitCodes.Success;
        }));
        return command;
    }
}
