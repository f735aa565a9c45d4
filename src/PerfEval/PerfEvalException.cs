using System;

namespace PerfEval;

/// <summary>
/// The root of every exception PerfEval throws for content it cannot accept.
/// Argument misuse (a <see langword="null"/> argument) throws the usual <see cref="ArgumentException"/> family instead.
/// </summary>
public abstract class PerfEvalException : Exception
{
    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">What went wrong.</param>
    protected PerfEvalException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    protected PerfEvalException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
