namespace PerfEval.Cli;

/// <summary>Reading a batch record that is a filled-in .xlsx workbook (自评填报表).</summary>
internal static class BatchWorkbooks
{
    /// <summary>Gets a value indicating whether .xlsx records can be read; when not, a folder's .xlsx files are skipped with a warning.</summary>
    public static bool CanRead => false;
}
