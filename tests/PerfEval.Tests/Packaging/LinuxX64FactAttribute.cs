namespace PerfEval.Tests.Packaging;

/// <summary>
/// A fact about the linux-x64 tool package, which is Native AOT only when the pack runs on linux-x64 (as in CI): skipped,
/// saying why, on any other machine, whose own platform's package is the Native AOT one.
/// </summary>
public sealed class LinuxX64FactAttribute : FactAttribute
{
    public LinuxX64FactAttribute()
    {
        if (System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier != "linux-x64")
        {
            Skip = "The linux-x64 tool package is Native AOT only when packed on linux-x64.";
        }
    }
}
