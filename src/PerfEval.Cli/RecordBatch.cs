using System;
using System.Buffers;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace PerfEval.Cli;

/// <summary>
/// Up to <see cref="MostRecords"/> records of a batch run, their bytes side by side, and the rows made of them:
/// filled by the reader, scored by one worker, written by the writer, then reset and filled again.
/// </summary>
internal sealed class RecordBatch
{
    public const int MostRecords = 64;
    private const int MostBytes = 256 * 1024;
    private const int KeptBytes = 4 * 1024 * 1024;

    private int pendingStart;

    public byte[] Data { get; private set; } = new byte[64 * 1024];

    public int DataLength { get; private set; }

    public Record[] Records { get; } = new Record[MostRecords];

    public int Count { get; private set; }

    public ArrayBufferWriter<byte> Output { get; } = new(64 * 1024);

    /// <summary>Gets what the writer needs besides the bytes: every record's scorecard for a workbook; the failures always.</summary>
    public List<BatchOutcome> Outcomes { get; } = new();

    public int Scored { get; set; }

    public int Failed { get; set; }

    public TaskCompletionSource Done { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsFull => Count == MostRecords || DataLength >= MostBytes;

    /// <summary>Adds bytes to the record being read.</summary>
    public void Append(ReadOnlySpan<byte> bytes)
    {
        if (DataLength + bytes.Length > Data.Length)
        {
            var grown = new byte[Math.Max(DataLength + bytes.Length, Data.Length * 2)];
            Data.AsSpan(0, DataLength).CopyTo(grown);
            Data = grown;
        }

        bytes.CopyTo(Data.AsSpan(DataLength));
        DataLength += bytes.Length;
    }

    /// <summary>Drops the bytes of the record being read: a blank line, or one over the limit.</summary>
    public void DiscardRecord() => DataLength = pendingStart;

    /// <summary>Tells whether the record being read is only white space.</summary>
    public bool PendingIsBlank() => Data.AsSpan(pendingStart, DataLength - pendingStart).Trim(" \t\r"u8).IsEmpty;

    /// <summary>Gets a value indicating whether part of a record has been read into this batch.</summary>
    public bool HasPending => DataLength > pendingStart;

    /// <summary>Moves the part of a record read so far into another batch, to be finished there.</summary>
    public void MovePendingTo(RecordBatch next)
    {
        next.Append(Data.AsSpan(pendingStart, DataLength - pendingStart));
        DataLength = pendingStart;
    }

    /// <summary>Ends the record being read: JSON, or with <paramref name="workbook"/> the bytes of an .xlsx file.</summary>
    public void EndRecord(RecordName name, (string Code, string Message)? error, bool workbook = false)
    {
        Records[Count++] = new Record(pendingStart, DataLength - pendingStart, name, error, workbook);
        pendingStart = DataLength;
    }

    public void Reset()
    {
        Array.Clear(Records, 0, Count);
        Count = 0;
        DataLength = 0;
        pendingStart = 0;
        Scored = 0;
        Failed = 0;
        Output.ResetWrittenCount();
        Outcomes.Clear();
        Done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        if (Data.Length > KeptBytes)
        {
            Data = new byte[64 * 1024];
        }
    }
}

/// <summary>One record of a <see cref="RecordBatch"/>: where its bytes are, its name, why it was not read if so, and whether it is a workbook.</summary>
internal readonly record struct Record(int Offset, int Length, RecordName Name, (string Code, string Message)? Error, bool Workbook);
