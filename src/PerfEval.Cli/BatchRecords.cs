using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using PerfEval.Inputs;

namespace PerfEval.Cli;

/// <summary>
/// The records of a batch, read once, as a stream: JSON Lines (one input object per line), a JSON array of input objects,
/// one input object (a <c>.json</c> file), or a folder of <c>.json</c> files; each record shaped like a single input file
/// and named for error rows. A <c>.json</c> file, standard input or a stream starting with <c>[</c> holds an array (read
/// whole, up to the input limit), anything else is JSON Lines.
/// </summary>
internal sealed class BatchRecords
{
    private const int ReadSize = 1 << 16;

    private readonly Func<CancellationToken, Task<Stream>>? open;
    private readonly string? folder;
    private readonly string display;
    private readonly string source;
    private readonly Mode mode;
    private readonly Action<string> warn;
    private readonly BatchText text;
    private long bytesRead;

    private BatchRecords(Func<CancellationToken, Task<Stream>>? open, string? folder, string display, string source, Mode mode, Action<string> warn, BatchText text)
    {
        this.open = open;
        this.folder = folder;
        this.display = display;
        this.source = source;
        this.mode = mode;
        this.warn = warn;
        this.text = text;
    }

    private enum Mode
    {
        Lines,
        ArrayOrLines,
        ArrayOrOne,
        Folder,
    }

    /// <summary>Gets the name of the input in messages: its path, or <c>stdin</c>.</summary>
    public string Name => source;

    /// <summary>Gets how many bytes of the input have been read so far (for a folder, of its files).</summary>
    public long BytesRead => Interlocked.Read(ref bytesRead);

    /// <summary>Gets how many records a folder holds (counted when the batch starts), or <see langword="null"/> for a stream or file.</summary>
    public int? RecordCount { get; private set; }

    /// <summary>Gets the size of a regular input file, or <see langword="null"/> for a stream, a FIFO, a device or a folder.</summary>
    public long? ByteCount { get; private set; }

    /// <summary>Reads standard input: an array if it starts with <c>[</c>, else JSON Lines.</summary>
    public static BatchRecords FromStream(Stream stream, string name, Action<string> warn, BatchText? text = null)
        => new(_ => Task.FromResult(stream), null, name, name, Mode.ArrayOrLines, warn, text ?? BatchText.English);

    /// <summary>Reads a file, a FIFO, a device or a folder, opening it once, when the batch starts.</summary>
    public static BatchRecords FromPath(string path, Action<string> warn, BatchText? text = null)
    {
        text ??= BatchText.English;
        if (Directory.Exists(path))
        {
            return new(null, path, Path.GetFileName(path), path, Mode.Folder, warn, text) { RecordCount = FolderFiles(path).Count(f => !IsSpecial(f)) };
        }

        var mode = path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase) ? Mode.Lines
            : path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? Mode.ArrayOrOne
            : Mode.ArrayOrLines;

        // Asynchronous opening: a FIFO opens only when a writer comes, and cancelling must not wait for one.
        return new(ct => Task.Run<Stream>(() => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0), ct), null, Path.GetFileName(path), path, mode, warn, text)
        {
            ByteCount = !IsSpecial(path) && new FileInfo(path) is { Exists: true } file ? file.Length : null,
        };
    }

    /// <summary>Tells whether a path is a FIFO, a socket or a device: something that must not be opened unasked.</summary>
    public static bool IsSpecial(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
        {
            return false;
        }

        // .NET's own native shim: a stable layout on every platform, the file type in the mode's S_IFMT bits.
        var status = new byte[512];
        if (NativeMethods.Stat(path, status) != 0)
        {
            return false;
        }

        var type = BitConverter.ToInt32(status, 4) & 0xF000;
        return type is not (0x8000 or 0x4000); // Neither a regular file nor a folder.
    }

    public async Task ReadAsync(BatchPipeline.Sink sink, CancellationToken cancellationToken)
    {
        if (mode == Mode.Folder)
        {
            await ReadFolderAsync(sink, cancellationToken).ConfigureAwait(false);
            return;
        }

        var stream = await open!(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            if (mode == Mode.ArrayOrOne)
            {
                var (bytes, length) = await ReadWholeAsync(stream, sink.Settings.MaxInputBytes, cancellationToken).ConfigureAwait(false);
                Interlocked.Add(ref bytesRead, length);
                var first = FirstSignificant(bytes.AsSpan(0, length));
                if (first >= 0 && bytes[first] == (byte)'[')
                {
                    await AddElementsAsync(sink, bytes, length).ConfigureAwait(false);
                }
                else
                {
                    await AddOneAsync(sink, bytes.AsMemory(0, length), RecordName.Whole(display, source)).ConfigureAwait(false);
                }

                return;
            }

            await ReadLinesAsync(sink, stream, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ReadLinesAsync(BatchPipeline.Sink sink, Stream stream, CancellationToken cancellationToken)
    {
        var settings = sink.Settings;
        var buffer = new byte[ReadSize];
        long total = 0, line = 1, lineBytes = 0;
        var decided = mode == Mode.Lines;
        var atStart = true;
        while (true)
        {
            var count = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (count == 0)
            {
                break;
            }

            total += count;
            Interlocked.Add(ref bytesRead, count);
            if (total > settings.MaxInputBytes)
            {
                throw new BatchInputException($"The input holds more than {settings.MaxInputBytes} bytes, the limit (--max-input-bytes).");
            }

            var chunk = buffer.AsMemory(0, count);
            if (!decided)
            {
                var first = FirstSignificant(chunk.Span, atStart);
                if (first >= 0 && chunk.Span[first] == (byte)'[')
                {
                    await ReadArrayRestAsync(sink, stream, chunk.Slice(first), total, cancellationToken).ConfigureAwait(false);
                    return;
                }

                decided = first >= 0;
            }

            atStart = false;
            while (!chunk.IsEmpty)
            {
                var batch = await sink.CurrentAsync().ConfigureAwait(false);
                var end = chunk.Span.IndexOf((byte)'\n');
                var piece = end < 0 ? chunk : chunk.Slice(0, end);
                if (lineBytes + piece.Length > settings.MaxRecordBytes)
                {
                    batch.DiscardRecord();
                }
                else
                {
                    batch.Append(piece.Span);
                }

                lineBytes += piece.Length;
                if (end < 0)
                {
                    break;
                }

                await EndLineAsync(sink, batch, line++, lineBytes).ConfigureAwait(false);
                lineBytes = 0;
                chunk = chunk.Slice(end + 1);
            }

            // A short read means the writer of a pipe has nothing more yet: score what came, so rows flow as records do.
            if (count < buffer.Length)
            {
                await sink.PostAsync().ConfigureAwait(false);
            }
        }

        if (lineBytes > 0)
        {
            await EndLineAsync(sink, await sink.CurrentAsync().ConfigureAwait(false), line, lineBytes).ConfigureAwait(false);
        }
    }

    private async ValueTask EndLineAsync(BatchPipeline.Sink sink, RecordBatch batch, long line, long lineBytes)
    {
        var name = RecordName.Line(display, line);
        var limit = sink.Settings.MaxRecordBytes;
        if (lineBytes > limit)
        {
            batch.DiscardRecord();
            await sink.EndAsync(name, TooLarge(lineBytes, limit)).ConfigureAwait(false);
        }
        else if (batch.PendingIsBlank())
        {
            batch.DiscardRecord();
        }
        else
        {
            await sink.EndAsync(name, null).ConfigureAwait(false);
        }
    }

    private async Task ReadArrayRestAsync(BatchPipeline.Sink sink, Stream stream, ReadOnlyMemory<byte> start, long total, CancellationToken cancellationToken)
    {
        var whole = new MemoryStream();
        whole.Write(start.Span);
        var limit = Math.Min(sink.Settings.MaxInputBytes, Array.MaxLength);
        var buffer = new byte[ReadSize];
        int count;
        while ((count = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += count;
            Interlocked.Add(ref bytesRead, count);
            if (total > limit)
            {
                throw new BatchInputException($"The input holds more than {limit} bytes, the limit for a JSON array, which is read whole (--max-input-bytes); give JSON Lines instead.");
            }

            whole.Write(buffer, 0, count);
        }

        await AddElementsAsync(sink, whole.GetBuffer(), (int)whole.Length).ConfigureAwait(false);
    }

    private async Task AddElementsAsync(BatchPipeline.Sink sink, byte[] bytes, int length)
    {
        var elements = Elements(bytes.AsSpan(0, length));
        if (elements is null)
        {
            // Not a well-formed array: reading it as one input reports the syntax error with its line and column.
            await AddOneAsync(sink, bytes.AsMemory(0, length), RecordName.Whole(display, source)).ConfigureAwait(false);
            return;
        }

        for (var i = 0; i < elements.Count; i++)
        {
            var (offset, count) = elements[i];
            await AddOneAsync(sink, bytes.AsMemory(offset, count), RecordName.Element(display, i)).ConfigureAwait(false);
        }
    }

    private static List<(int Offset, int Length)>? Elements(ReadOnlySpan<byte> bytes)
    {
        var elements = new List<(int, int)>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = JsonInputReader.MaxDepth });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                elements.Add((start, (int)reader.BytesConsumed - start));
            }

            return reader.TokenType == JsonTokenType.EndArray && !reader.Read() ? elements : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async ValueTask AddOneAsync(BatchPipeline.Sink sink, ReadOnlyMemory<byte> bytes, RecordName name, bool workbook = false)
    {
        var limit = sink.Settings.MaxRecordBytes;
        if (bytes.Length > limit)
        {
            await sink.AddAsync(ReadOnlyMemory<byte>.Empty, name, TooLarge(bytes.Length, limit)).ConfigureAwait(false);
        }
        else
        {
            await sink.AddAsync(bytes, name, null, workbook).ConfigureAwait(false);
        }
    }

    private async Task ReadFolderAsync(BatchPipeline.Sink sink, CancellationToken cancellationToken)
    {
        var limit = sink.Settings.MaxRecordBytes;
        foreach (var file in FolderFiles(folder!))
        {
            var name = RecordName.Whole(Path.GetFileName(file), file);
            if (IsSpecial(file))
            {
                warn(text.NotRegular(file));
                continue;
            }

            var workbook = IsWorkbook(file);

            try
            {
                var (bytes, length) = await ReadWholeAsync(file, limit + 1, cancellationToken).ConfigureAwait(false);
                Interlocked.Add(ref bytesRead, length);
                await AddOneAsync(sink, bytes.AsMemory(0, length), name, workbook).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await sink.AddAsync(ReadOnlyMemory<byte>.Empty, name, ("PE0001", $"Cannot read the input file: {ex.Message}")).ConfigureAwait(false);
            }
            catch (BatchInputException)
            {
                await sink.AddAsync(ReadOnlyMemory<byte>.Empty, name, TooLarge(-1, limit)).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The inputs of a folder: its <c>.json</c> and <c>.xlsx</c> files, in ordinal order of name.</summary>
    private static IEnumerable<string> FolderFiles(string folder)
        => Directory.EnumerateFiles(folder, "*", SearchOption.TopDirectoryOnly)
            .Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || IsWorkbook(f))
            .Order(StringComparer.Ordinal);

    /// <summary>An .xlsx file, but not the lock file Excel and LibreOffice keep beside an open one (<c>~$name.xlsx</c>, <c>.~lock…</c>).</summary>
    private static bool IsWorkbook(string file)
        => file.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) && !Path.GetFileName(file).StartsWith("~$", StringComparison.Ordinal);

    private static async Task<(byte[] Bytes, int Length)> ReadWholeAsync(string path, long limit, CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        await using (stream.ConfigureAwait(false))
        {
            return await ReadWholeAsync(stream, limit, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<(byte[] Bytes, int Length)> ReadWholeAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        limit = Math.Min(limit, Array.MaxLength);
        var whole = new MemoryStream();
        var buffer = new byte[ReadSize];
        int count;
        while ((count = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (whole.Length + count > limit)
            {
                throw new BatchInputException($"The input holds more than {limit} bytes, the limit (--max-input-bytes).");
            }

            whole.Write(buffer, 0, count);
        }

        return (whole.GetBuffer(), (int)whole.Length);
    }

    private static (string Code, string Message) TooLarge(long length, long limit)
        => ("PE0005", $"The record is {(length < 0 ? "more than " + limit.ToString(CultureInfo.InvariantCulture) : length.ToString(CultureInfo.InvariantCulture))} bytes; the limit is {limit.ToString(CultureInfo.InvariantCulture)} (--max-record-bytes). It is skipped.");

    /// <summary>The index of the first byte that is not white space (nor, at the start, a byte order mark), or -1.</summary>
    private static int FirstSignificant(ReadOnlySpan<byte> bytes, bool atStart = true)
    {
        var i = atStart && bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        for (; i < bytes.Length; i++)
        {
            if (bytes[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return i;
            }
        }

        return -1;
    }

    private static class NativeMethods
    {
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] status);
    }
}
