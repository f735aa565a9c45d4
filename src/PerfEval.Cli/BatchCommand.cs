using System;
using System.CommandLine;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using PerfEval.Evaluation;

namespace PerfEval.Cli;

/// <summary>
/// <c>perfeval batch</c>: score many inputs with one rule set, in parallel, into one CSV or JSON Lines file, in input
/// order; a bad record becomes an error row and the rest are scored. The work is <see cref="BatchPipeline"/>'s.
/// </summary>
internal static class BatchCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, Terminal terminal, StandardStreams streams)
    {
        var rules = CommandSupport.RulesOption();
        var input = new Option<string>("--input") { Description = "A JSON Lines file (one input per line), a JSON array of inputs, a .json input, a folder of .json files, or - for standard input (JSON Lines, or an array if it starts with '[').", Required = true };
        var format = new Option<string>("--format") { Description = "csv (a row per input: record, total, grade, error, every indicator's score) or jsonl (a scorecard per line).", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "jsonl");
        var output = new Option<string>("--out") { Description = "The output file, replaced whole or not at all; - for standard output, written as rows are made.", Required = true };
        var threads = new Option<int>("--threads") { Description = "How many records are read and scored at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var maxRecord = new Option<long>("--max-record-bytes") { Description = "The largest record (one line, array element or file); a larger one becomes an error row.", DefaultValueFactory = _ => BatchSettings.DefaultMaxRecordBytes };
        var maxInput = new Option<long>("--max-input-bytes") { Description = "The most bytes read from the input; past it the run stops with an error.", DefaultValueFactory = _ => BatchSettings.DefaultMaxInputBytes };
        var command = new Command("batch", "Score many inputs with one rule set into one CSV or JSON Lines file, in input order.") { rules, input, format, output, threads, maxRecord, maxInput };
        command.SetAction((result, cancellationToken) => CommandSupport.GuardedAsync(stderr, async () =>
        {
            if (result.GetValue(threads) < 1 || result.GetValue(maxRecord) < 1 || result.GetValue(maxInput) < 1)
            {
                stderr.WriteLine("error: --threads, --max-record-bytes and --max-input-bytes must be at least 1.");
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
                Csv = result.GetValue(format) == "csv",
                Threads = result.GetValue(threads),
                MaxRecordBytes = result.GetValue(maxRecord),
                MaxInputBytes = result.GetValue(maxInput),
            };
            void Warn(string message) => stderr.WriteLine(message);
            var records = source == "-" ? BatchRecords.FromStream(streams.Input(), "stdin", Warn) : BatchRecords.FromPath(source, Warn);
            return await RunAsync(settings, records, result.GetValue(output)!, streams, stderr, terminal, cancellationToken).ConfigureAwait(false);
        }));
        return command;
    }

    private static async Task<int> RunAsync(BatchSettings settings, BatchRecords records, string outPath, StandardStreams streams, TextWriter stderr, Terminal terminal, CancellationToken cancellationToken)
    {
        // System.CommandLine cancels the token on SIGINT and SIGTERM alike; which one came decides the exit code.
        var signal = 0;
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => signal = ExitCodes.Interrupted);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => signal = ExitCodes.Terminated);

        var pipeline = new BatchPipeline(settings);
        var lastShown = 0;
        void Progress(BatchCounts counts)
        {
            if (terminal.StderrIsTerminal && counts.Total - lastShown >= 1000)
            {
                lastShown = counts.Total;
                stderr.Write($"\r{counts}");
            }
        }

        try
        {
            if (outPath == "-")
            {
                var stdout = streams.Output();
                await pipeline.RunAsync(records, stdout, Progress, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await AtomicFile.WriteAsync(outPath, stream => pipeline.RunAsync(records, stream, Progress, cancellationToken), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            stderr.Write(terminal.StderrIsTerminal ? "\r" : string.Empty);
            stderr.WriteLine($"Interrupted: {pipeline.Counts} written{(outPath == "-" ? "." : $"; {outPath} is left as it was.")}");
            return signal == 0 ? ExitCodes.Interrupted : signal;
        }
        catch (BatchInputException ex)
        {
            stderr.Write(terminal.StderrIsTerminal ? "\r" : string.Empty);
            stderr.WriteLine($"{records.Name}: error PE0005: {ex.Message} {pipeline.Counts} were read before it{(outPath == "-" ? "." : $"; {outPath} is left as it was.")}");
            return ExitCodes.InvalidInput;
        }

        stderr.Write(terminal.StderrIsTerminal ? "\r" : string.Empty);
        stderr.WriteLine($"{pipeline.Counts}.");
        return pipeline.Counts.Failed == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
    }
}
