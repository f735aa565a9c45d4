namespace PerfEval.Tests.Hardening;

/// <summary>
/// A type a hostile rule file names in a YAML tag (<c>!PerfEval.Tests.Hardening.Tripwire</c>) or calls in a formula.
/// If anything ever created it, or ran its method, <see cref="Tripped"/> would say so.
/// </summary>
internal sealed class Tripwire
{
    private static int tripped;

    public Tripwire() => Interlocked.Exchange(ref tripped, 1);

    public static bool Tripped => Volatile.Read(ref tripped) == 1;

    public static int Trip()
    {
        Interlocked.Exchange(ref tripped, 1);
        return 1;
    }
}
