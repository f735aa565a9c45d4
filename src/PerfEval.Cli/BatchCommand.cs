using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text;
using System.Text.Json;
using PerfEval.Evaluation;
using PerfEval.Inputs;
using PerfEval.Rendering;
using PerfEval.Results;

namespace PerfEval.Cli;

/// <summary>
/// <c>perfeval batch</c>: score many inputs with one rule set, in parallel, into one CSV or JSON Lines file, in input
/// order; a bad record becomes an error row and the rest are scored.
/// </summary>
internal static class BatchCommand
{
    private const int ProgressEvery = 1000;

    public static Command Create(TextWriter stdout, TextWriter stderr, Terminal terminal)
    {
        var rules = CommandSupport.RulesOption();
        var input = new Option<string>("--input") { Description = "A JSON Lines file (.jsonl, one input per line), a JSON array of inputs, or a folder of JSON input files.", Required = true };
        var format = new Option<string>("--format") { Description = "csv (a row per input: record, total, grade, error, every indicator's score) or jsonl (a scorecard per line).", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "jsonl");
        var output = new Option<string>("--out") { Description = "The output file; replaced whole or not at all.", Required = true };
        var command = new Command("batch", "Score many inputs with one rule set into one CSV or JSON Lines file, in input order.") { rules, input, format, output };
        command.SetAction(result => CommandSupport.Guarded(stderr, () =>
        {
            var load = CommandSupport.LoadRules(result.GetValue(rules)!);
            if (load.RuleSet is not { } ruleSet)
            {
                CommandSupport.Print(stderr, load.Diagnostics);
                return CommandSupport.ExitCodeFor(load.Diagnostics, ExitCodes.InvalidRules);
            }

            var source = result.GetValue(input)!;
            if (!File.Exists(source) && !Directory.Exists(source))
            {
                stderr.WriteLine($"{source}: error PE0001: No such file or folder.");
                return ExitCodes.IoError;
            }

            var csv = result.GetValue(format) == "csv";
            int scored = 0, failed = 0;
            AtomicFile.Write(result.GetValue(output)!, stream =>
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: csv), 1 << 16, leaveOpen: true);
                if (csv)
                {
                    CsvRenderer.WriteBatchHeader(writer, ruleSet);
                }

                foreach (var (name, evaluation, readErrors) in Score(ruleSet, BatchRecords.From(source)))
                {
                    if (evaluation?.Scorecard is { } card)
                    {
                        scored++;
                        if (csv)
                        {
                            CsvRenderer.WriteBatchRow(writer, ruleSet, name, evaluation);
                        }
                        else
                        {
                            writer.Write($"{{\"record\":{JsonSerializer.Serialize(name)},\"scorecard\":{JsonRenderer.Render(card, indented: false).TrimEnd()}}}\n");
                        }
                    }
                    else
                    {
                        failed++;
                        var errors = readErrors ?? (IEnumerable<Diagnostic>)evaluation!.Errors;
                        if (csv)
                        {
                            CsvRenderer.WriteBatchError(writer, ruleSet, name, errors);
                        }
                        else
                        {
                            writer.Write($"{{\"record\":{JsonSerializer.Serialize(name)},\"errors\":{JsonRenderer.Render(errors).Replace("\n", string.Empty)}}}\n");
                        }
                    }

                    if (terminal.StderrIsTerminal && (scored + failed) % ProgressEvery == 0)
                    {
                        stderr.Write($"\r{scored + failed} records: {scored} scored, {failed} with errors");
                    }
                }
            });

            stderr.Write(terminal.StderrIsTerminal ? "\r" : string.Empty);
            stderr.WriteLine($"{scored + failed} records: {scored} scored, {failed} with errors.");
            return failed == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
        }));
        return command;
    }

    /// <summary>Scores the readable records in parallel and interleaves the unreadable ones, keeping input order.</summary>
    private static IEnumerable<(string Name, EvaluationResult? Evaluation, IReadOnlyList<Diagnostic>? ReadErrors)> Score(CompiledRuleSet ruleSet, IEnumerable<(string Name, InputReadResult Read)> records)
    {
        var pending = new Queue<(string Name, InputReadResult Read)>();
        IEnumerable<InputValues> Readable()
        {
            foreach (var record in records)
            {
                pending.Enqueue(record);
                if (record.Read.Input is { } input)
                {
                    yield return input;
                }
            }
        }

        foreach (var evaluation in ruleSet.EvaluateMany(Readable()))
        {
            while (pending.Peek().Read.Input is null)
            {
                var bad = pending.Dequeue();
                yield return (bad.Name, null, bad.Read.Diagnostics);
            }

            yield return (pending.Dequeue().Name, evaluation, null);
        }

        while (pending.Count > 0)
        {
            var bad = pending.Dequeue();
            yield return (bad.Name, null, bad.Read.Diagnostics);
        }
    }
}
