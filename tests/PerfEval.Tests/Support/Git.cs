namespace PerfEval.Tests.Support;

/// <summary>What git says about the repository the tests run in.</summary>
internal static class Git
{
    /// <summary>The commit checked out, or <see langword="null"/> when the repository's files are not a git work tree.</summary>
    public static string? Head()
    {
        try
        {
            var (code, output) = Shell.Run("git", new[] { "rev-parse", "HEAD" }, Repo.Root, timeoutSeconds: 30);
            return code == 0 ? output.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // no git on the machine
        }
    }
}
