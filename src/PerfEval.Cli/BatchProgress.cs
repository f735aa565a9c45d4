using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Spectre.Console;

namespace PerfEval.Cli;

/// <summary>
/// The live progress line of <c>perfeval batch</c> on a terminal, drawn with Spectre.Console on standard error: records
/// done, of how many when that is known (a folder's files are counted; a file's bytes stand in for its records), the
/// rate and the time left. Not drawn when standard error is not a terminal, so pipes and logs get the summary only.
/// The line is cleared when the run ends, interrupted or not, so the next message starts on a clean line.
/// </summary>
internal sealed class BatchProgress
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(200);

    private readonly TextWriter stderr;
    private readonly BatchText text;
    private IAnsiConsole? console;

    public BatchProgress(TextWriter stderr, BatchText text)
    {
        this.stderr = stderr;
        this.text = text;
    }

    /// <summary>Writes a message above the progress line while it is drawn, else straight to standard error.</summary>
    public void Message(string message)
    {
        if (Volatile.Read(ref console) is { } live)
        {
            live.WriteLine(message);
        }
        else
        {
            stderr.WriteLine(message);
        }
    }

    /// <summary>Runs the batch, drawing its progress meanwhile when <paramref name="show"/> is set.</summary>
    public async Task RunAsync(bool show, BatchRecords records, BatchPipeline pipeline, Func<Task> run)
    {
        if (!show)
        {
            await run().ConfigureAwait(false);
            return;
        }

        var live = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            Interactive = InteractionSupport.Yes,
            ColorSystem = ColorSystemSupport.Detect,
            Out = new AnsiConsoleOutput(stderr),
        });
        var progress = live.Progress()
            .AutoClear(true)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn());
        Volatile.Write(ref console, live);
        try
        {
            await progress.StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(text.Progress(0, records.RecordCount, 0)), autoStart: true, maxValue: records.RecordCount ?? records.ByteCount ?? 1);
                task.IsIndeterminate = records.RecordCount is null && records.ByteCount is null;
                var clock = Stopwatch.StartNew();
                var work = run();
                while (!work.IsCompleted)
                {
                    await Task.WhenAny(work, Task.Delay(Tick)).ConfigureAwait(false);
                    var done = pipeline.Counts.Total;
                    var rate = done / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
                    task.Description = Markup.Escape(text.Progress(done, records.RecordCount, rate));
                    task.Value = records.RecordCount is not null ? done : records.ByteCount is not null ? records.BytesRead : 0;
                }

                await work.ConfigureAwait(false);
            }).ConfigureAwait(false);
        }
        finally
        {
            Volatile.Write(ref console, null);
        }
    }
}
