using System.IO.Compression;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Packaging;

/// <summary>
/// Packs PerfEval, PerfEval.Guangdong, PerfEval.Office, PerfEval.Server and PerfEval.Cli once, as CI does (<c>CI=true</c>), with a version of their own,
/// into a temporary folder, and restores against it with a NuGet cache of its own, so nothing stale from another run is
/// ever used.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    private readonly Lazy<string> installedTool;

    public PackageFixture()
    {
        Version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture) + "." + Guid.NewGuid().ToString("N")[..8];
        Folder = Path.Combine(Path.GetTempPath(), "perfeval-pack-" + Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Folder, "feed");
        Environment = new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = Path.Combine(Folder, "nuget-cache"),

            // No build servers outlive the child processes.
            ["MSBUILDDISABLENODEREUSE"] = "1",
            ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
            ["UseSharedCompilation"] = "false",
        };
        Directory.CreateDirectory(Feed);
        var pack = new Dictionary<string, string>(Environment) { ["CI"] = "true" };
        foreach (var project in Projects)
        {
            var (code, output) = Shell.Run("dotnet", new[] { "pack", Path.Combine(Repo.Root, "src", project), "-c", "Release", "-o", Feed, "-p:Version=" + Version }, Repo.Root, pack, timeoutSeconds: 600);
            PackOutput += output;
            Assert.True(code == 0, output);
        }

        installedTool = new Lazy<string>(InstallTool);
    }

    /// <summary>The packable projects, each named as its package.</summary>
    public static IReadOnlyList<string> Projects { get; } = new[] { "PerfEval", "PerfEval.Guangdong", "PerfEval.Office", "PerfEval.Server", "PerfEval.Cli" };

    public string Version { get; }

    public string Folder { get; }

    public string Feed { get; }

    public IDictionary<string, string> Environment { get; }

    public string PackOutput { get; } = string.Empty;

    /// <summary>The <c>perfeval</c> command, installed once from the feed with <c>dotnet tool install --tool-path</c>.</summary>
    public string InstalledTool => installedTool.Value;

    public string Package(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    public IReadOnlyList<string> Entries(string id)
    {
        using var zip = ZipFile.OpenRead(Package(id));
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    public string SymbolPackage(string id) => Path.Combine(Feed, $"{ContentId(id)}.{Version}.snupkg");

    /// <summary>
    /// The package holding a project's assemblies: the tool's PerfEval.Cli package only points at one per platform
    /// (PerfEval.Cli.linux-x64, …), so its assemblies and symbols are checked in win-x64's, which is ReadyToRun wherever
    /// it is packed (the package of the Linux platform that packs, linux-x64 in CI, is a Native AOT executable, without
    /// assemblies or symbols).
    /// </summary>
    public static string ContentId(string id) => id == "PerfEval.Cli" ? $"{id}.win-x64" : id;

    public string Nuspec(string id)
    {
        using var zip = ZipFile.OpenRead(Package(id));
        using var reader = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        return reader.ReadToEnd();
    }

    /// <summary>The files of a package (or symbol package) whose names end so, by name.</summary>
    public IReadOnlyDictionary<string, byte[]> Files(string package, string suffix)
    {
        using var zip = ZipFile.OpenRead(package);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(suffix, StringComparison.Ordinal)))
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files[entry.FullName] = copy.ToArray();
        }

        return files;
    }

    public (int ExitCode, string Output) Dotnet(params string[] arguments) => Shell.Run("dotnet", arguments, Repo.Root, Environment, timeoutSeconds: 600);

    private string InstallTool()
    {
        var tools = Path.Combine(Folder, "tool");
        var (code, output) = Dotnet("tool", "install", "PerfEval.Cli", "--tool-path", tools, "--add-source", Feed, "--version", Version);
        Assert.True(code == 0, output);
        return Path.Combine(tools, OperatingSystem.IsWindows() ? "perfeval.exe" : "perfeval");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
