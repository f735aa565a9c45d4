namespace PerfEval.Cli;

/// <summary>The exit codes of <c>perfeval</c>.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The command line was wrong (unknown option, missing argument).</summary>
    public const int Usage = 1;

    /// <summary>The rule file has errors.</summary>
    public const int InvalidRules = 2;

    /// <summary>The input file has errors or cannot be scored.</summary>
    public const int InvalidInput = 3;

    /// <summary>A file could not be read or written.</summary>
    public const int IoError = 4;

    /// <summary>An unexpected failure inside PerfEval: a bug to report.</summary>
    public const int InternalError = 70;

    /// <summary>Stopped by Ctrl-C (SIGINT): 128 + 2, as shells report it.</summary>
    public const int Interrupted = 130;

    /// <summary>Stopped by SIGTERM: 128 + 15.</summary>
    public const int Terminated = 143;
}
