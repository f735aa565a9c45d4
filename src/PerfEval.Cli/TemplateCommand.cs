using System.CommandLine;
using System.IO;
using PerfEval.Inputs;
using PerfEval.Office;
using PerfEval.Rendering;

namespace PerfEval.Cli;

/// <summary>
/// <c>perfeval template</c>: an input file for a rule set, every input and judgement described: JSON with comments, or
/// the workbook an analyst fills in (xlsx); blank, or pre-filled from a JSON input.
/// </summary>
internal static class TemplateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, Terminal terminal, StandardStreams streams)
    {
        var rules = CommandSupport.RulesOption();
        var output = CommandSupport.OutOption();
        var language = CommandSupport.LanguageOption();
        var format = new Option<string>("--format") { Description = "json (commented JSON to fill in) or xlsx (a workbook to fill in: the 输入 and 评价 sheets, with data validation; needs --out FILE.xlsx, or --out - into a pipe or file).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "xlsx");
        var input = new Option<string?>("--input") { Description = "Pre-fill the workbook from this input file (JSON, or a filled workbook .xlsx), or - for standard input. Only with --format xlsx." };
        var command = new Command("template", "Write an input file for a rule set: every declared input with type, unit and description, and judgement placeholders; as JSON, or as a workbook to fill in.") { rules, output, language, format, input };
        command.SetAction(result => CommandSupport.Guarded(stderr, () =>
        {
            var kind = result.GetValue(format)!;
            var outPath = result.GetValue(output);
            var inputPath = result.GetValue(input);
            if (kind == "json" && inputPath is not null)
            {
                stderr.WriteLine("error: --input pre-fills a workbook; use it with --format xlsx (a JSON input is already the filled JSON template).");
                return ExitCodes.Usage;
            }

            if (kind == "xlsx" && outPath is null)
            {
                stderr.WriteLine("error: --format xlsx writes a workbook; name it with --out FILE.xlsx, or --out - to send it into a pipe or file.");
                return ExitCodes.Usage;
            }

            if (kind == "xlsx" && outPath == CommandSupport.StandardStream && terminal.StdoutIsTerminal)
            {
                stderr.WriteLine("error: --format xlsx --out - would write a binary workbook to the terminal; redirect standard output (> FILE.xlsx, | command) or name a file with --out FILE.xlsx.");
                return ExitCodes.Usage;
            }

            var load = CommandSupport.LoadRules(result.GetValue(rules)!);
            if (load.Value is null)
            {
                CommandSupport.Print(stderr, load.Diagnostics);
                return CommandSupport.ExitCodeFor(load.Diagnostics, ExitCodes.InvalidRules);
            }

            var definition = load.Value.Definition;
            var options = new RenderOptions { Language = CommandSupport.Language(result.GetValue(language)) };
            if (kind == "json")
            {
                CommandSupport.Write(stdout, outPath, InputTemplateRenderer.Render(definition, options));
                return ExitCodes.Success;
            }

            InputValues? prefill = null;
            if (inputPath is not null)
            {
                var read = CommandSupport.ReadInput(inputPath, streams, definition);
                if (read.Value is null)
                {
                    CommandSupport.Print(stderr, read.Diagnostics);
                    return CommandSupport.ExitCodeFor(read.Diagnostics, ExitCodes.InvalidInput);
                }

                CommandSupport.Print(stderr, read.Diagnostics);
                prefill = read.Value;
                var unused = InputWorkbook.Unused(definition, prefill);
                if (unused.Count > 0)
                {
                    // The workbook has no row for them: say so rather than drop them unseen.
                    stderr.WriteLine($"warning: {inputPath}: left out of the workbook, as rule set '{definition.Id}' {definition.Version} has no row for them: {string.Join(", ", unused)}.");
                }
            }

            if (outPath == CommandSupport.StandardStream)
            {
                stdout.Flush();
                var standardOutput = streams.Output();
                InputWorkbook.Write(standardOutput, definition, prefill, options);
                standardOutput.Flush();
            }
            else
            {
                AtomicFile.Write(outPath!, stream => InputWorkbook.Write(stream, definition, prefill, options));
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
