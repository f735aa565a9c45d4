using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using PerfEval.Evaluation;
using PerfEval.Inputs;
using PerfEval.Office;
using PerfEval.Rendering;
using PerfEval.Results;

namespace PerfEval.Cli;

/// <summary>
/// What <c>perfeval batch</c> runs, in three stages so that none serializes the run: one task reads the input once, as a
/// stream, and cuts it into batches of records; <see cref="BatchSettings.Threads"/> workers read, score and format each
/// batch's rows into the batch's own buffer; the caller writes the batches' bytes to the output in input order. A fixed
/// number of batches circulate, so memory stays flat however long the input.
/// </summary>
internal sealed class BatchPipeline
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private readonly BatchSettings settings;
    private readonly Channel<RecordBatch> free;
    private readonly Channel<RecordBatch> work;
    private readonly Channel<RecordBatch> inOrder;

    public BatchPipeline(BatchSettings settings)
    {
        this.settings = settings;
        var batches = Math.Max(1, settings.Threads) * 4;
        free = Channel.CreateBounded<RecordBatch>(batches);
        work = Channel.CreateBounded<RecordBatch>(batches);
        inOrder = Channel.CreateBounded<RecordBatch>(batches);
        for (var i = 0; i < batches; i++)
        {
            free.Writer.TryWrite(new RecordBatch());
        }
    }

    /// <summary>Gets how many records were written, scored and with errors; read it after a cancellation too.</summary>
    public BatchCounts Counts { get; } = new();

    /// <summary>Gets the first failed records in input order (<see cref="BatchSettings.FailuresNamed"/> of them), each with its first diagnostic.</summary>
    public List<(string Record, Diagnostic? First)> FirstFailures { get; } = new();

    /// <summary>Runs a batch over an input stream, writing every row to <paramref name="output"/> in input order.</summary>
    /// <param name="source">The records to read.</param>
    /// <param name="output">Where the rows go; flushed after each batch, so rows reach a pipe as they are made.</param>
    /// <param name="progress">Called after each batch is written.</param>
    /// <param name="cancellationToken">Stops reading and writing; the rows written so far stay written.</param>
    public Task RunAsync(BatchRecords source, Stream output, Action<BatchCounts>? progress, CancellationToken cancellationToken)
        => RunAsync(source, output, null, progress, cancellationToken);

    /// <summary>Runs a batch into the bureau's summary workbook: each record added in input order as it is scored.</summary>
    /// <param name="source">The records to read.</param>
    /// <param name="summary">The workbook being built; written by the caller once the run ends.</param>
    /// <param name="progress">Called after each batch is added.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    public Task RunAsync(BatchRecords source, SummaryWorkbook summary, Action<BatchCounts>? progress, CancellationToken cancellationToken)
        => RunAsync(source, null, summary, progress, cancellationToken);

    private async Task RunAsync(BatchRecords source, Stream? output, SummaryWorkbook? summary, Action<BatchCounts>? progress, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reader = Task.Run(() => ReadAsync(source, stop.Token), stop.Token);
        var workers = Enumerable.Range(0, Math.Max(1, settings.Threads)).Select(_ => Task.Run(() => WorkAsync(stop.Token), stop.Token)).ToArray();
        try
        {
            var header = new ArrayBufferWriter<byte>();
            if (settings.Csv)
            {
                header.Write("\uFEFF"u8);
                CsvRenderer.WriteBatchHeader(header, settings.RuleSet, settings.Options);
            }

            if (output is not null)
            {
                await output.WriteAsync(header.WrittenMemory, stop.Token).ConfigureAwait(false);
            }

            await foreach (var batch in inOrder.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                await batch.Done.Task.WaitAsync(stop.Token).ConfigureAwait(false);
                if (output is not null)
                {
                    await output.WriteAsync(batch.Output.WrittenMemory, stop.Token).ConfigureAwait(false);
                    await output.FlushAsync(stop.Token).ConfigureAwait(false);
                }

                foreach (var outcome in batch.Outcomes)
                {
                    if (outcome.Card is { } card)
                    {
                        summary?.Add(card, outcome.Record);
                        continue;
                    }

                    summary?.AddFailure(outcome.Record, outcome.Subject, outcome.Errors!);
                    if (FirstFailures.Count < BatchSettings.FailuresNamed)
                    {
                        FirstFailures.Add((outcome.Record, outcome.Errors!.FirstOrDefault(e => e.Severity == DiagnosticSeverity.Error) ?? outcome.Errors!.FirstOrDefault()));
                    }
                }

                Counts.Add(batch.Scored, batch.Failed);
                progress?.Invoke(Counts);
                batch.Reset();
                await free.Writer.WriteAsync(batch, stop.Token).ConfigureAwait(false);
            }

            // The reader's failure (an input over its limit, a read error) ends the run once the rows before it are out.
            await reader.ConfigureAwait(false);
            await Task.WhenAll(workers).ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
        }
    }

    private async Task ReadAsync(BatchRecords source, CancellationToken cancellationToken)
    {
        try
        {
            var sink = new Sink(this, cancellationToken);
            await source.ReadAsync(sink, cancellationToken).ConfigureAwait(false);
            await sink.PostAsync().ConfigureAwait(false);
            work.Writer.Complete();
            inOrder.Writer.Complete();
        }
        catch (Exception ex)
        {
            work.Writer.Complete(ex);
            inOrder.Writer.Complete(ex);
            throw;
        }
    }

    private async Task WorkAsync(CancellationToken cancellationToken)
    {
        var scratch = new Worker(settings);
        await foreach (var batch in work.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                scratch.Process(batch);
                batch.Done.TrySetResult();
            }
#pragma warning disable CA1031 // Handed to the writer, which rethrows it in order.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                batch.Done.TrySetException(ex);
            }
        }
    }

    /// <summary>Where a <see cref="BatchRecords"/> puts its records: batches filled and posted to the workers.</summary>
    internal sealed class Sink
    {
        private readonly BatchPipeline pipeline;
        private readonly CancellationToken cancellationToken;
        private RecordBatch? current;

        public Sink(BatchPipeline pipeline, CancellationToken cancellationToken)
        {
            this.pipeline = pipeline;
            this.cancellationToken = cancellationToken;
        }

        public BatchSettings Settings => pipeline.settings;

        /// <summary>Gets the batch being filled, waiting for one to come free when all are in use.</summary>
        public async ValueTask<RecordBatch> CurrentAsync()
            => current ??= await pipeline.free.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);

        /// <summary>Adds one record, copying its bytes, and posts the batch when it is full.</summary>
        public async ValueTask AddAsync(ReadOnlyMemory<byte> bytes, RecordName name, (string Code, string Message)? error, bool workbook = false)
        {
            var batch = await CurrentAsync().ConfigureAwait(false);
            batch.Append(bytes.Span);
            await EndAsync(name, error, workbook).ConfigureAwait(false);
        }

        /// <summary>Ends the record whose bytes were appended to the current batch, and posts the batch when it is full.</summary>
        public async ValueTask EndAsync(RecordName name, (string Code, string Message)? error, bool workbook = false)
        {
            var batch = await CurrentAsync().ConfigureAwait(false);
            batch.EndRecord(name, error, workbook);
            if (batch.IsFull)
            {
                await PostAsync().ConfigureAwait(false);
            }
        }

        /// <summary>Posts the batch being filled, if it holds a record: done at the end, and when the input stalls.</summary>
        public async ValueTask PostAsync()
        {
            if (current is not { Count: > 0 } batch)
            {
                return;
            }

            current = null;
            if (batch.HasPending)
            {
                batch.MovePendingTo(await CurrentAsync().ConfigureAwait(false));
            }

            await pipeline.inOrder.Writer.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
            await pipeline.work.Writer.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>One worker's reusable scratch: the record name's characters and a JSON writer.</summary>
    private sealed class Worker
    {
        private readonly BatchSettings settings;
        private char[] name = new char[256];
        private Utf8JsonWriter? json;

        public Worker(BatchSettings settings) => this.settings = settings;

        public void Process(RecordBatch batch)
        {
            for (var i = 0; i < batch.Count; i++)
            {
                ref readonly var record = ref batch.Records[i];
                var nameLength = record.Name.Format(ref name);
                var named = record.Name.ToString(); // Diagnostics and scorecard warnings name the record.
                IReadOnlyList<Diagnostic> errors;
                string? subject = null;
                if (record.Error is { } error)
                {
                    errors = new[] { new Diagnostic(error.Code, DiagnosticSeverity.Error, error.Message, named) };
                }
                else
                {
                    var bytes = batch.Data.AsMemory(record.Offset, record.Length);
                    var read = record.Workbook ? BatchWorkbooks.Read(bytes, settings.RuleSet, named) : JsonInputReader.Read(bytes, settings.RuleSet, named, settings.Evaluation);
                    if (read.Value is not { } input)
                    {
                        errors = read.Diagnostics;
                        subject = record.Workbook ? null : RecordSubject.Peek(bytes.Span);
                    }
                    else
                    {
                        subject = input.Subject;
                        var evaluation = settings.RuleSet.EvaluateOwned(input, settings.Evaluation);
                        if (evaluation.Value is { } card)
                        {
                            if (settings.Format == BatchFormat.Xlsx)
                            {
                                batch.Outcomes.Add(new BatchOutcome(new string(name, 0, nameLength), card.Subject, card, null));
                            }
                            else
                            {
                                WriteRow(batch.Output, name.AsSpan(0, nameLength), evaluation, card);
                            }

                            batch.Scored++;
                            continue;
                        }

                        // The reader's warnings say where a judgement was left blank, which the evaluation's errors cannot.
                        errors = read.Diagnostics.Concat(evaluation.Errors).ToList();
                    }
                }

                if (settings.Format != BatchFormat.Xlsx)
                {
                    WriteErrors(batch.Output, name.AsSpan(0, nameLength), subject, errors);
                }

                batch.Outcomes.Add(new BatchOutcome(new string(name, 0, nameLength), subject, null, errors));
                batch.Failed++;
            }
        }

        private void WriteRow(ArrayBufferWriter<byte> output, ReadOnlySpan<char> record, Result<Scorecard> evaluation, Scorecard card)
        {
            if (settings.Csv)
            {
                CsvRenderer.WriteBatchRow(output, settings.RuleSet, record, evaluation);
                return;
            }

            var writer = Json(output);
            writer.WriteStartObject();
            writer.WriteString("record"u8, record);
            if (card.Subject is null)
            {
                writer.WriteNull("subject"u8);
            }
            else
            {
                writer.WriteString("subject"u8, card.Subject);
            }

            writer.WritePropertyName("scorecard"u8);
            JsonRenderer.Write(writer, card);
            writer.WriteEndObject();
            writer.Flush();
            output.Write("\n"u8);
        }

        private void WriteErrors(ArrayBufferWriter<byte> output, ReadOnlySpan<char> record, string? subject, IReadOnlyList<Diagnostic> errors)
        {
            if (settings.Csv)
            {
                CsvRenderer.WriteBatchError(output, settings.RuleSet, record, subject.AsSpan(), errors);
                return;
            }

            var writer = Json(output);
            writer.WriteStartObject();
            writer.WriteString("record"u8, record);
            if (subject is null)
            {
                writer.WriteNull("subject"u8);
            }
            else
            {
                writer.WriteString("subject"u8, subject);
            }

            writer.WritePropertyName("errors"u8);
            writer.WriteRawValue(JsonRenderer.Render(errors).Replace("\n", string.Empty, StringComparison.Ordinal), skipInputValidation: true);
            writer.WriteEndObject();
            writer.Flush();
            output.Write("\n"u8);
        }

        private Utf8JsonWriter Json(ArrayBufferWriter<byte> output)
        {
            if (json is null)
            {
                json = new Utf8JsonWriter(output, JsonOptions);
            }
            else
            {
                json.Reset(output);
            }

            return json;
        }
    }
}
