using System.Collections.Generic;
using PerfEval.Results;

namespace PerfEval.Inputs;

/// <summary>The outcome of reading an input file: the input, or every problem found in it.</summary>
public sealed class InputReadResult
{
    internal InputReadResult(InputValues? input, IReadOnlyList<Diagnostic> diagnostics)
    {
        Input = input;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the input, or <see langword="null"/> when the file had errors.</summary>
    public InputValues? Input { get; }

    /// <summary>Gets every diagnostic found.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Gets a value indicating whether the input was read.</summary>
    public bool IsSuccess => Input is not null;

    /// <summary>Returns the input, or throws when reading failed.</summary>
    /// <returns>The input.</returns>
    /// <exception cref="InputException">The file had errors; the exception lists them.</exception>
    public InputValues GetInputOrThrow() => Input ?? throw new InputException(Diagnostics);
}
