using System.CommandLine;
using System.IO;
using System.Text;
using PerfEval.Inputs;
using PerfEval.Office;
using PerfEval.Rendering;

namespace PerfEval.Cli;

/// <summary><c>perfeval score</c>: score one input and write the breakdown in the format an analyst hands in.</summary>
internal static class ScoreCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, Terminal terminal, StandardStreams streams)
    {
        var rules = CommandSupport.RulesOption();
        var input = new Option<string>("--input") { Description = "The input file (JSON: subject, values, judgements), or - for standard input.", Required = true };
        var format = new Option<string>("--format") { Description = "text (a table), json, markdown, csv, xlsx (the bureau's 自评表 workbook; needs --out FILE, or --out - into a pipe or file), report (the 绩效自评报告 as text) or docx (the 绩效自评报告 as a Word document; needs --out like xlsx).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "markdown", "csv", "xlsx", "report", "docx");
        var language = CommandSupport.LanguageOption();
        var output = CommandSupport.OutOption();
        var command = new Command("score", "Score an input under a rule set and write the breakdown.") { rules, input, format, language, output };
        command.SetAction(result => CommandSupport.Guarded(stderr, CommandSupport.Language(result.GetValue(language)), () =>
        {
            var lang = CommandSupport.Language(result.GetValue(language));
            var kind = result.GetValue(format)!;
            var outPath = result.GetValue(output);
            if (kind is "xlsx" or "docx" && outPath is null)
            {
                stderr.WriteLine((kind == "docx" ? CliMessages.DocxNeedsOut : CliMessages.XlsxNeedsOut).With().Format(lang));
                return ExitCodes.Usage;
            }

            if (kind is "xlsx" or "docx" && outPath == CommandSupport.StandardStream && terminal.StdoutIsTerminal)
            {
                stderr.WriteLine(CliMessages.BinaryToTerminal.With(kind, (kind == "docx" ? CliMessages.ADocument : CliMessages.AWorkbook).With()).Format(lang));
                return ExitCodes.Usage;
            }

            if (CommandSupport.Score(stderr, lang, result.GetValue(rules)!, result.GetValue(input)!, streams, out var ruleSet, out var card, out var values) is { } failed)
            {
                return failed;
            }

            if (kind is "docx" or "report" && card!.HasRows)
            {
                stderr.WriteLine(CliMessages.ProjectFormFormat.With(kind, card.RuleSetId).Format(lang));
                return ExitCodes.Usage;
            }

            var options = new RenderOptions
            {
                Language = lang,
                UseColour = kind == "text" && CommandSupport.ToStandardOutput(outPath) && terminal.StdoutIsTerminal && System.Environment.GetEnvironmentVariable("NO_COLOR") is null,
            };
            if (kind == "xlsx")
            {
                if (outPath == CommandSupport.StandardStream)
                {
                    stdout.Flush();
                    var standardOutput = streams.Output();
                    SelfEvaluationWorkbook.Write(standardOutput, card!, ruleSet!.Definition, options);
                    standardOutput.Flush();
                }
                else
                {
                    AtomicFile.Write(outPath!, stream => SelfEvaluationWorkbook.Write(stream, card!, ruleSet!.Definition, options));
                }

                return ExitCodes.Success;
            }

            if (kind == "docx")
            {
                var report = ReportBuilder.Build(card!, ruleSet!.Definition, values, options);
                if (outPath == CommandSupport.StandardStream)
                {
                    stdout.Flush();
                    var standardOutput = streams.Output();
                    ReportDocxWriter.Write(standardOutput, report);
                    standardOutput.Flush();
                }
                else
                {
                    AtomicFile.Write(outPath!, stream => ReportDocxWriter.Write(stream, report));
                }

                return ExitCodes.Success;
            }

            var text = kind switch
            {
                "json" => JsonRenderer.Render(card!, options),
                "markdown" => MarkdownRenderer.Render(card!, options),
                "csv" => "\uFEFF" + CsvRenderer.Render(card!, options), // the BOM Excel needs to read UTF-8 (as batch CSV has)
                "report" => ReportRenderer.Render(card!, ruleSet!.Definition, values, options),
                _ => TextRenderer.Render(card!, options),
            };
            CommandSupport.Write(stdout, outPath, text);
            return ExitCodes.Success;
        }));
        return command;
    }
}
