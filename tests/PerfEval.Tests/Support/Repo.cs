namespace PerfEval.Tests.Support;

/// <summary>Paths into the repository, so tests read the same rules/ and samples/ files users run.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Rules(string name) => Path.Combine(Root, "rules", name);

    public static string Samples(string name) => Path.Combine(Root, "samples", name);

    public static IEnumerable<string> AllRuleFiles() => Directory.EnumerateFiles(Path.Combine(Root, "rules"), "*.yaml", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PerfEval.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PerfEval.sln not found above " + AppContext.BaseDirectory);
    }
}
