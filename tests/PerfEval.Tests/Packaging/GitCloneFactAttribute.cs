using PerfEval.Tests.Support;

namespace PerfEval.Tests.Packaging;

/// <summary>
/// A fact about what a build takes from git (SourceLink's commit): skipped, saying why, when the repository's files are
/// not a git work tree (a source archive), since then there is no commit to link to.
/// </summary>
public sealed class GitCloneFactAttribute : FactAttribute
{
    public GitCloneFactAttribute()
    {
        if (Git.Head() is null)
        {
            Skip = $"{Repo.Root} is not a git work tree, so a pack has no commit for SourceLink to name.";
        }
    }
}
