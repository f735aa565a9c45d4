using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using PerfEval.Loading;
using PerfEval.Rules;

namespace PerfEval.Cli;

/// <summary><c>perfeval show</c>: print a rule set's tree, or with <c>--resolved</c> the YAML after <c>extends</c>.</summary>
internal static class ShowCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "The rule set file (YAML)." };
        var resolved = new Option<bool>("--resolved") { Description = "Print the rule set as YAML with 'extends' resolved." };
        var command = new Command("show", "Print a rule set: its indicator tree, or the resolved YAML.") { file, resolved };
        command.SetAction(result => CommandSupport.Guarded(stderr, () =>
        {
            var path = result.GetValue(file)!;
            if (result.GetValue(resolved))
            {
                var resolution = RuleSetLoader.ResolveFile(path);
                CommandSupport.Print(stderr, resolution.Diagnostics);
                if (resolution.Yaml is null)
                {
                    return CommandSupport.ExitCodeFor(resolution.Diagnostics, ExitCodes.InvalidRules);
                }

                stdout.Write(resolution.Yaml);
                return ExitCodes.Success;
            }

            var load = CommandSupport.LoadRules(path);
            if (load.RuleSet is null)
            {
                CommandSupport.Print(stderr, load.Diagnostics);
                return CommandSupport.ExitCodeFor(load.Diagnostics, ExitCodes.InvalidRules);
            }

            stdout.Write(Outline(load.RuleSet.Definition));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static string Outline(RuleSet rules)
    {
        var text = new StringBuilder();
        text.Append(rules.Id).Append('@').Append(rules.Version).Append("  ").Append(rules.Title).Append('\n');
        void Write(Indicator indicator, int depth)
        {
            text.Append(' ', 2 * depth).Append(indicator.Id).Append(' ').Append(indicator.Name).Append("  ").Append(indicator.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (indicator.Method is { } method)
            {
                text.Append("  ").Append(method.ToString());
            }

            if (indicator.AppliesWhen is { } when)
            {
                text.Append("  [applies when ").Append(when.Text).Append(']');
            }

            text.Append('\n');
            foreach (var child in indicator.Children)
            {
                Write(child, depth + 1);
            }
        }

        foreach (var indicator in rules.Indicators)
        {
            Write(indicator, 1);
        }

        return text.ToString();
    }
}
