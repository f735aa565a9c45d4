using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using PerfEval.Rendering;
using PerfEval.Results;
using PerfEval.WhatIf;

namespace PerfEval.Cli;

/// <summary><c>perfeval reach</c>: what it would take to reach a grade or a total.</summary>
internal static class ReachCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, StandardStreams streams)
    {
        var rules = CommandSupport.RulesOption();
        var input = new Option<string>("--input") { Description = "The input file (JSON), or - for standard input.", Required = true };
        var grade = new Option<string?>("--grade") { Description = "The grade to reach: its code (excellent, good, fair, poor) or the rule set's label (优, 良, 中, 差)." };
        var total = new Option<string?>("--total") { Description = "The total to reach, e.g. 95." };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var language = CommandSupport.LanguageOption();
        var output = CommandSupport.OutOption();
        var command = new Command("reach", "Show what it would take to reach a grade or a total: each indicator's lost points and the change that wins them back, and the fewest changes that reach the target.") { rules, input, grade, total, format, language, output };
        command.SetAction(result => CommandSupport.Guarded(stderr, CommandSupport.Language(result.GetValue(language)), () =>
        {
            var lang = CommandSupport.Language(result.GetValue(language));
            var (gradeText, totalText) = (result.GetValue(grade), result.GetValue(total));
            if ((gradeText is null) == (totalText is null))
            {
                stderr.WriteLine(CliMessages.ReachTargetNeeded.With().Format(lang));
                return ExitCodes.Usage;
            }

            decimal wanted = 0m;
            if (totalText is not null && (!decimal.TryParse(totalText, NumberStyles.Number, CultureInfo.InvariantCulture, out wanted) || wanted < 0m))
            {
                stderr.WriteLine(CliMessages.ReachBadTotal.With(totalText).Format(lang));
                return ExitCodes.Usage;
            }

            if (CommandSupport.Score(stderr, lang, result.GetValue(rules)!, result.GetValue(input)!, streams, out var ruleSet, out _, out var values) is { } failed)
            {
                return failed;
            }

            ReachTarget target;
            if (gradeText is not null)
            {
                var band = ruleSet!.Definition.Grades.FirstOrDefault(g => g.Label == gradeText || new Grade(g.Level, g.Label).Code == gradeText.ToLowerInvariant());
                if (band is null)
                {
                    var known = string.Join(", ", ruleSet.Definition.Grades.Select(g => $"{new Grade(g.Level, g.Label).Code} ({g.Label})"));
                    stderr.WriteLine(CliMessages.ReachNoGrade.With(ruleSet.Id, ruleSet.Version, gradeText, known).Format(lang));
                    return ExitCodes.Usage;
                }

                target = ReachTarget.ForGrade(band.Level);
            }
            else
            {
                target = ReachTarget.ForTotal(wanted);
            }

            var reach = ruleSet!.Reach(values!, target).GetValueOrThrow(); // The input scored above, so it binds.
            var options = new RenderOptions { Language = lang };
            CommandSupport.Write(stdout, result.GetValue(output), result.GetValue(format) == "json" ? ReachRenderer.RenderJson(reach, options) : ReachRenderer.Render(reach, options));
            return ExitCodes.Success;
        }));
        return command;
    }
}
