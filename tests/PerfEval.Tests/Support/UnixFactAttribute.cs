namespace PerfEval.Tests.Support;

/// <summary>A fact about FIFOs, sockets, devices or symbolic links: skipped on Windows, which has none of the first three.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Needs Unix FIFOs, sockets and devices.";
        }
    }
}
