using System.Threading;

namespace PerfEval.Cli;

/// <summary>How many records of a batch have been written: scored, and with errors.</summary>
internal sealed class BatchCounts
{
    private int scored;
    private int failed;

    public int Scored => Volatile.Read(ref scored);

    public int Failed => Volatile.Read(ref failed);

    public int Total => Scored + Failed;

    public void Add(int scoredRows, int failedRows)
    {
        Interlocked.Add(ref scored, scoredRows);
        Interlocked.Add(ref failed, failedRows);
    }

    public override string ToString() => $"{Total} records: {Scored} scored, {Failed} with errors";
}
