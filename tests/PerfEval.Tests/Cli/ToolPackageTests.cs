using System.Reflection.PortableExecutable;
using PerfEval.Tests.Packaging;

namespace PerfEval.Tests.Cli;

/// <summary>
/// The tool ships for a fast start: PerfEval.Cli points at a package per platform, which is Native AOT for the Linux
/// platform that packs it (linux-x64 here and in CI) and ReadyToRun for the others.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class ToolPackageTests
{
    private static readonly string[] Platforms = { "linux-x64", "linux-musl-x64", "linux-arm64", "osx-arm64", "osx-x64", "win-x64" };

    private readonly PackageFixture packages;

    public ToolPackageTests(PackageFixture packages) => this.packages = packages;

    /// <summary>The platforms whose package is ReadyToRun when the pack runs on linux-x64.</summary>
    public static TheoryData<string> ReadyToRunPlatforms() => new(Platforms.Where(p => p != "linux-x64"));

    [Fact]
    public void Pack_Tool_PointsAtAPackagePerPlatform()
    {
        var settings = System.Text.Encoding.UTF8.GetString(Assert.Single(packages.Files(packages.Package("PerfEval.Cli"), "DotnetToolSettings.xml")).Value);

        foreach (var rid in Platforms)
        {
            Assert.Contains($"RuntimeIdentifier=\"{rid}\"", settings, StringComparison.Ordinal);
            Assert.True(File.Exists(packages.Package($"PerfEval.Cli.{rid}")), $"no package for {rid}");
        }
    }

    [LinuxX64Fact]
    public void Pack_ToolForLinuxX64_IsOneNativeAotExecutable()
    {
        var entries = packages.Entries("PerfEval.Cli.linux-x64").Where(e => e.StartsWith("tools/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(new[] { "tools/any/linux-x64/DotnetToolSettings.xml", "tools/any/linux-x64/PerfEval.Cli" }, entries);
        var executable = packages.Files(packages.Package("PerfEval.Cli.linux-x64"), "/PerfEval.Cli").Single().Value;
        Assert.Equal(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' }, executable.Take(4));
        var settings = System.Text.Encoding.UTF8.GetString(Assert.Single(packages.Files(packages.Package("PerfEval.Cli.linux-x64"), "DotnetToolSettings.xml")).Value);
        Assert.Contains("Runner=\"executable\"", settings, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ReadyToRunPlatforms))]
    public void Pack_ToolForAPlatform_HasReadyToRunCodeInEveryPerfEvalAssembly(string rid)
    {
        var assemblies = packages.Files(packages.Package($"PerfEval.Cli.{rid}"), ".dll")
            .Where(f => Path.GetFileName(f.Key) is "PerfEval.Cli.dll" or "PerfEval.dll" or "YamlDotNet.dll" or "System.CommandLine.dll")
            .ToList();

        Assert.Equal(4, assemblies.Count);
        foreach (var (name, bytes) in assemblies)
        {
            using var pe = new PEReader(System.Collections.Immutable.ImmutableArray.Create(bytes));
            Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, $"{name} has no ReadyToRun code");
        }
    }

    [Theory]
    [MemberData(nameof(ReadyToRunPlatforms))]
    public void Pack_ReadyToRunTool_RunsWithoutTieredPgo(string rid)
    {
        var config = System.Text.Encoding.UTF8.GetString(Assert.Single(packages.Files(packages.Package($"PerfEval.Cli.{rid}"), "PerfEval.Cli.runtimeconfig.json")).Value);

        using var json = System.Text.Json.JsonDocument.Parse(config);
        Assert.False(json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").GetProperty("System.Runtime.TieredPGO").GetBoolean());
    }
}
