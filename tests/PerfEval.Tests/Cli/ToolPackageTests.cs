using System.Reflection.PortableExecutable;
using PerfEval.Tests.Packaging;

namespace PerfEval.Tests.Cli;

/// <summary>The tool ships for a fast start: a ReadyToRun package per platform, which PerfEval.Cli points at.</summary>
[Collection(PackagesCollection.Name)]
public sealed class ToolPackageTests
{
    private static readonly string[] Platforms = { "linux-x64", "linux-musl-x64", "linux-arm64", "osx-arm64", "osx-x64", "win-x64" };

    private readonly PackageFixture packages;

    public ToolPackageTests(PackageFixture packages) => this.packages = packages;

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

    [Theory]
    [InlineData("linux-x64")]
    [InlineData("win-x64")]
    [InlineData("osx-arm64")]
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

    [Fact]
    public void Pack_ToolForThisPlatform_RunsWithoutTieredPgo()
    {
        var config = System.Text.Encoding.UTF8.GetString(Assert.Single(packages.Files(packages.Package(PackageFixture.ContentId("PerfEval.Cli")), "PerfEval.Cli.runtimeconfig.json")).Value);

        using var json = System.Text.Json.JsonDocument.Parse(config);
        Assert.False(json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").GetProperty("System.Runtime.TieredPGO").GetBoolean());
    }
}
