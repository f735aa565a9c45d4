using System;

namespace PerfEval.Cli;

/// <summary>The batch input cannot be read on: over its limit. The rows before it are written; the run stops.</summary>
internal sealed class BatchInputException : Exception
{
    public BatchInputException(string message)
        : base(message)
    {
    }

    public BatchInputException()
    {
    }

    public BatchInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
