using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using PerfEval.Results;

namespace PerfEval.Loading;

/// <summary>
/// Finds the rule files (<c>*.yaml</c>, <c>*.yml</c>) below a catalogue's folder. Each real folder is searched once,
/// however many symbolic links lead to it (two <c>ln -s . link</c> would otherwise double the walk at every level),
/// and no deeper than <see cref="RuleSetLimits.MaxCatalogDepth"/>. A file reached by two paths is listed once.
/// </summary>
internal static class CatalogFolder
{
    private static readonly StringComparer PathComparer = Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>Lists the rule files, in ordinal order of path; folders left out are reported as warnings.</summary>
    public static List<string> RuleFiles(string directory, int maxDepth, DiagnosticSink sink)
    {
        var files = new List<string>();
        var seenFolders = new HashSet<string>(PathComparer);
        var seenFiles = new HashSet<string>(PathComparer);
        var pending = new Stack<(DirectoryInfo Folder, int Depth)>();
        pending.Push((new DirectoryInfo(Path.GetFullPath(directory)), 0));
        while (pending.Count > 0)
        {
            var (folder, depth) = pending.Pop();
            if (RealFolder(folder, sink) is not { } real || !seenFolders.Add(real.FullName))
            {
                continue;
            }

            foreach (var entry in Entries(real, sink))
            {
                if (entry is DirectoryInfo child)
                {
                    if (depth < maxDepth)
                    {
                        pending.Push((child, depth + 1));
                    }
                    else
                    {
                        sink.Warning(Codes.CatalogFolderSkipped, Messages.CatalogTooDeep.With(maxDepth), new Rules.SourcePosition(child.FullName, 0, 0));
                    }
                }
                else if (IsRuleFile(entry.Name) && seenFiles.Add(RealFile(entry)))
                {
                    files.Add(entry.FullName);
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static bool IsRuleFile(string name)
        => name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<FileSystemInfo> Entries(DirectoryInfo folder, DiagnosticSink sink)
    {
        try
        {
            return folder.GetFileSystemInfos();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            sink.Warning(Codes.FileNotFound, Messages.CatalogFolderUnreadable.With(ex.Message), new Rules.SourcePosition(folder.FullName, 0, 0));
            return Array.Empty<FileSystemInfo>();
        }
    }

#if NET6_0_OR_GREATER
    /// <summary>The folder a path really names, links followed; <see langword="null"/> for a link that leads nowhere.</summary>
    private static DirectoryInfo? RealFolder(DirectoryInfo folder, DiagnosticSink sink)
    {
        if (folder.LinkTarget is null)
        {
            return folder;
        }

        try
        {
            return folder.ResolveLinkTarget(returnFinalTarget: true) is DirectoryInfo { Exists: true } target ? target : null;
        }
        catch (IOException ex)
        {
            // A loop of links (a → b → a) never reaches a folder.
            sink.Warning(Codes.CatalogFolderSkipped, Messages.CatalogLinkBroken.With(ex.Message), new Rules.SourcePosition(folder.FullName, 0, 0));
            return null;
        }
    }

    private static string RealFile(FileSystemInfo file)
    {
        try
        {
            return file.LinkTarget is null ? file.FullName : file.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? file.FullName;
        }
        catch (IOException)
        {
            return file.FullName; // Reading it reports the broken link.
        }
    }
#else
    /// <summary>The folder itself: links cannot be resolved on this framework, so a linked folder is not followed.</summary>
    private static DirectoryInfo? RealFolder(DirectoryInfo folder, DiagnosticSink sink)
    {
        if ((folder.Attributes & FileAttributes.ReparsePoint) == 0)
        {
            return folder;
        }

        sink.Warning(Codes.CatalogFolderSkipped, Messages.CatalogLinkUnsupported.With(), new Rules.SourcePosition(folder.FullName, 0, 0));
        return null;
    }

    private static string RealFile(FileSystemInfo file) => file.FullName;
#endif
}
