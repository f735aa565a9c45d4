using System;
using System.CommandLine;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using PerfEval.Office;
using PerfEval.Rendering;

namespace PerfEval.Cli;

/// <summary>
/// <c>perfeval batch</c>: score many inputs with one rule set, in parallel, into one CSV or JSON Lines file in input
/// order, or into the bureau's summary workbook; a bad record becomes an error row and the rest are scored. The work is
/// <see cref="BatchPipeline"/>'s.
/// </summary>
internal static class BatchCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, Terminal terminal, StandardStreams streams)
    {
        var rules = CommandSupport.RulesOption();
        var input = new Option<string>("--input") { Description = "A JSON Lines file (one input per line), a JSON array of inputs, a .json input, a folder of .json and .xlsx inputs, or - for standard input (JSON Lines, or an array if it starts with '[').", Required = true };
        var format = new Option<string>("--format") { Description = "csv (a row per input: record, subject, total, grade, error, every indicator's score), jsonl (a scorecard per line) or xlsx (the bureau's summary workbook: 汇总, 统计分析 with charts, 错误).", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "jsonl", "xlsx");
        var output = new Option<string>("--out") { Description = "The output file, replaced whole or not at all; - for standard output, written as rows are made (xlsx: only into a pipe or file).", Required = true };
        var sheets = new Option<bool>("--sheets") { Description = "With --format xlsx: a 自评表 sheet for each department as well." };
        var language = CommandSupport.LanguageOption();
        var threads = new Option<int>("--threads") { Description = "How many records are read and scored at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var maxRecord = new Option<long>("--max-record-bytes") { Description = "The largest record (one line, array element or file); a larger one becomes an error row.", DefaultValueFactory = _ => BatchSettings.DefaultMaxRecordBytes };
        var maxInput = new Option<long>("--max-input-bytes") { Description = "The most bytes read from the input; past it the run stops with an error.", DefaultValueFactory = _ => BatchSettings.DefaultMaxInputBytes };
        var command = new Command("batch", "Score many inputs with one rule set into one CSV or JSON Lines file in input order, or into the bureau's summary workbook.") { rules, input, format, output, sheets, language, threads, maxRecord, maxInput };
        command.SetAction((result, cancellationToken) => CommandSupport.GuardedAsync(stderr, async () =>
        {
            if (result.GetValue(threads) < 1 || result.GetValue(maxRecord) < 1 || result.GetValue(maxInput) < 1)
            {
                stderr.WriteLine("error: --threads, --max-record-bytes and --max-input-bytes must be at least 1.");
                return ExitCodes.Usage;
            }

            var kind = result.GetValue(format) switch { "jsonl" => BatchFormat.Jsonl, "xlsx" => BatchFormat.Xlsx, _ => BatchFormat.Csv };
            var outPath = result.GetValue(output)!;
            if (result.GetValue(sheets) && kind != BatchFormat.Xlsx)
            {
                stderr.WriteLine("error: --sheets adds department sheets to the summary workbook; use it with --format xlsx.");
                return ExitCodes.Usage;
            }

            if (kind == BatchFormat.Xlsx && outPath == CommandSupport.StandardStream && terminal.StdoutIsTerminal)
            {
                stderr.WriteLine("error: --format xlsx writes a workbook, which a terminal cannot show; name it with --out FILE.xlsx, or send --out - into a pipe or file.");
                return ExitCodes.Usage;
            }

            var load = CommandSupport.LoadRules(result.GetValue(rules)!);
            if (load.Value is not { } ruleSet)
            {
                CommandSupport.Print(stderr, load.Diagnostics);
                return CommandSupport.ExitCodeFor(load.Diagnostics, ExitCodes.InvalidRules);
            }

            var source = result.GetValue(input)!;
            if (source != "-" && !File.Exists(source) && !Directory.Exists(source))
            {
                stderr.WriteLine($"{source}: error PE0001: No such file or folder.");
                return ExitCodes.IoError;
            }

            var settings = new BatchSettings
            {
                RuleSet = ruleSet,
                Format = kind,
                Options = new RenderOptions { Language = CommandSupport.Language(result.GetValue(language)) },
                DepartmentSheets = result.GetValue(sheets),
                Threads = result.GetValue(threads),
                MaxRecordBytes = result.GetValue(maxRecord),
                MaxInputBytes = result.GetValue(maxInput),
            };
            var text = BatchText.For(settings.Chinese);
            var progress = new BatchProgress(stderr, text);
            var records = source == "-" ? BatchRecords.FromStream(streams.Input(), "stdin", progress.Message, text) : BatchRecords.FromPath(source, progress.Message, text);
            return await RunAsync(settings, records, outPath, streams, stderr, terminal, progress, text, cancellationToken).ConfigureAwait(false);
        }));
        return command;
    }

    private static async Task<int> RunAsync(BatchSettings settings, BatchRecords records, string outPath, StandardStreams streams, TextWriter stderr, Terminal terminal, BatchProgress progress, BatchText text, CancellationToken cancellationToken)
    {
        // System.CommandLine cancels the token on SIGINT and SIGTERM alike; which one came decides the exit code.
        var signal = 0;
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => signal = ExitCodes.Interrupted);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => signal = ExitCodes.Terminated);

        var pipeline = new BatchPipeline(settings);
        var toStandardOutput = outPath == CommandSupport.StandardStream;
        string Counts() => text.Counts(pipeline.Counts.Scored, pipeline.Counts.Failed);
        try
        {
            await progress.RunAsync(terminal.StderrIsTerminal, records, pipeline, async () =>
            {
                if (settings.Format == BatchFormat.Xlsx)
                {
                    using var summary = new SummaryWorkbook(settings.RuleSet.Definition, settings.Options, settings.DepartmentSheets);
                    await pipeline.RunAsync(records, summary, null, cancellationToken).ConfigureAwait(false);
                    if (toStandardOutput)
                    {
                        var stdout = streams.Output();
                        summary.Write(stdout);
                        await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        await AtomicFile.WriteAsync(outPath, stream => Task.Run(() => summary.Write(stream), cancellationToken), cancellationToken).ConfigureAwait(false);
                    }
                }
                else if (toStandardOutput)
                {
                    await pipeline.RunAsync(records, streams.Output(), null, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await AtomicFile.WriteAsync(outPath, stream => pipeline.RunAsync(records, stream, null, cancellationToken), cancellationToken).ConfigureAwait(false);
                }
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            stderr.WriteLine(text.Interrupted(Counts(), toStandardOutput ? null : outPath));
            return signal == 0 ? ExitCodes.Interrupted : signal;
        }
        catch (BatchInputException ex)
        {
            stderr.WriteLine($"{records.Name}: error PE0005: {ex.Message} {text.StoppedBefore(Counts(), toStandardOutput ? null : outPath)}");
            return ExitCodes.InvalidInput;
        }

        if (pipeline.Counts.Failed > 0)
        {
            stderr.Write(text.Failures(pipeline.FirstFailures, pipeline.Counts.Failed));
        }

        stderr.WriteLine($"{Counts()}{(text.IsChinese ? "。" : ".")}");
        return pipeline.Counts.Failed == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
    }
}
