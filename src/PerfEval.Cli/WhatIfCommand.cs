using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using PerfEval.Inputs;
using PerfEval.Rendering;

namespace PerfEval.Cli;

/// <summary><c>perfeval whatif</c>: rescore an input with some values or judgements changed, and show what moves.</summary>
internal static class WhatIfCommand
{
    /// <summary>The source the <c>--set</c> changes are named by in diagnostics.</summary>
    public const string ChangesSource = "--set";

    private const string JudgementPrefix = "judgements.";

    public static Command Create(TextWriter stdout, TextWriter stderr, StandardStreams streams)
    {
        var rules = CommandSupport.RulesOption();
        var input = new Option<string>("--input") { Description = "The input file (JSON), or - for standard input.", Required = true };
        var set = new Option<string[]>("--set") { Description = "A change, name=value: an input (actual_spending=2774.62, has_transfer_payments=true) or a judgement's score (judgements.asset_compliance=5). Repeat for more.", Required = true, AllowMultipleArgumentsPerToken = false };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var language = CommandSupport.LanguageOption();
        var output = CommandSupport.OutOption();
        var command = new Command("whatif", "Rescore an input with some values or judgements changed: both totals and grades, and every score that moves.") { rules, input, set, format, language, output };
        command.SetAction(result => CommandSupport.Guarded(stderr, CommandSupport.Language(result.GetValue(language)), () =>
        {
            var lang = CommandSupport.Language(result.GetValue(language));
            if (Parse(stderr, result.GetValue(set) ?? [], lang) is not { } changes)
            {
                return ExitCodes.Usage;
            }

            if (CommandSupport.Score(stderr, lang, result.GetValue(rules)!, result.GetValue(input)!, streams, out var ruleSet, out _, out var values) is { } failed)
            {
                return failed;
            }

            var whatIf = ruleSet!.WhatIf(values!, changes);
            if (whatIf.Value is not { } outcome)
            {
                CommandSupport.Print(stderr, whatIf.Errors, lang);
                return ExitCodes.InvalidInput;
            }

            var options = new RenderOptions { Language = lang };
            CommandSupport.Write(stdout, result.GetValue(output), result.GetValue(format) == "json" ? WhatIfRenderer.RenderJson(outcome, options) : WhatIfRenderer.Render(outcome, options));
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>
    /// Reads the <c>--set</c> changes: a number, <c>true</c>/<c>false</c>, or else text; <c>judgements.id=score</c> a
    /// judgement's score, which keeps the input's reason. Says which one is malformed and returns <see langword="null"/>.
    /// </summary>
    public static InputValues? Parse(TextWriter stderr, IReadOnlyList<string> sets, ReportLanguage language = ReportLanguage.English)
    {
        var builder = InputValues.CreateBuilder().Source(ChangesSource);
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var set in sets)
        {
            var equals = set.IndexOf('=');
            var name = equals < 0 ? set : set[..equals].Trim();
            var text = equals < 0 ? string.Empty : set[(equals + 1)..].Trim();
            if (equals <= 0 || name.Length == 0 || name == JudgementPrefix.TrimEnd('.'))
            {
                stderr.WriteLine(CliMessages.SetNotNameValue.With(set).Format(language));
                return null;
            }

            if (!names.Add(name))
            {
                stderr.WriteLine(CliMessages.SetTwice.With(name).Format(language));
                return null;
            }

            if (name.StartsWith(JudgementPrefix, System.StringComparison.Ordinal))
            {
                var id = name[JudgementPrefix.Length..];
                if (id.Length == 0 || !decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var score))
                {
                    stderr.WriteLine(CliMessages.SetJudgementNotNumber.With(set).Format(language));
                    return null;
                }

                builder.Judge(id, score, string.Empty);
            }
            else if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
            {
                builder.Set(name, number);
            }
            else if (text is "true" or "false")
            {
                builder.Set(name, text == "true");
            }
            else
            {
                builder.Set(name, text);
            }
        }

        return builder.Build();
    }
}
