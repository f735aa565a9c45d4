using System;
using System.IO;

namespace PerfEval.Cli;

/// <summary>Standard input and output as byte streams, for <c>--input -</c> and <c>--out -</c>; tests give their own.</summary>
internal sealed class StandardStreams
{
    public static readonly StandardStreams Console = new(System.Console.OpenStandardInput, System.Console.OpenStandardOutput);

    public StandardStreams(Func<Stream> input, Func<Stream> output)
    {
        Input = input;
        Output = output;
    }

    public Func<Stream> Input { get; }

    public Func<Stream> Output { get; }
}
