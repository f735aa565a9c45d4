namespace PerfEval.Cli;

/// <summary>What the command knows of where its output goes: colour and progress only on a terminal.</summary>
internal sealed class Terminal
{
    public static readonly Terminal None = new(false, false);

    public Terminal(bool stdoutIsTerminal, bool stderrIsTerminal)
    {
        StdoutIsTerminal = stdoutIsTerminal;
        StderrIsTerminal = stderrIsTerminal;
    }

    public bool StdoutIsTerminal { get; }

    public bool StderrIsTerminal { get; }
}
