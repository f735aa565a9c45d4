using PerfEval.Tests.Support;

namespace PerfEval.Tests.Packaging;

/// <summary>The packages install and work the way a consumer meets them: from a feed, not from this repository's projects.</summary>
public sealed class PackageTests : IClassFixture<PackageFixture>
{
    private readonly PackageFixture packages;

    public PackageTests(PackageFixture packages) => this.packages = packages;

    [Fact]
    public void Pack_Library_HasEveryTargetDocsReadmeAndSymbols()
    {
        var entries = packages.Entries("PerfEval");
        foreach (var framework in new[] { "netstandard2.0", "net8.0", "net10.0" })
        {
            Assert.Contains($"lib/{framework}/PerfEval.dll", entries);
            Assert.Contains($"lib/{framework}/PerfEval.xml", entries);
        }

        Assert.Contains("README.md", entries);
        Assert.True(File.Exists(Path.Combine(packages.Feed, $"PerfEval.{packages.Version}.snupkg")));
        var nuspec = packages.Nuspec("PerfEval");
        Assert.Contains("<license type=\"expression\">MIT</license>", nuspec, StringComparison.Ordinal);
        Assert.Contains("<readme>README.md</readme>", nuspec, StringComparison.Ordinal);
        Assert.Contains("<repository type=\"git\"", nuspec, StringComparison.Ordinal);
        Assert.Contains("<tags>", nuspec, StringComparison.Ordinal);
        Assert.Contains("NCalcSync", nuspec, StringComparison.Ordinal);
        Assert.Contains("YamlDotNet", nuspec, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_Tool_IsADotnetToolNamedPerfeval()
    {
        var entries = packages.Entries("PerfEval.Cli");
        Assert.Contains(entries, e => e.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal));
        Assert.Contains("<packageType name=\"DotnetTool\" />", packages.Nuspec("PerfEval.Cli"), StringComparison.Ordinal);
    }

    [Fact]
    public void InstallTool_FromTheFeed_ScoresTheYangxiSample()
    {
        var tools = Path.Combine(packages.Folder, "tools-" + Guid.NewGuid().ToString("N"));
        var (code, output) = packages.Dotnet("tool", "install", "PerfEval.Cli", "--tool-path", tools, "--add-source", packages.Feed, "--version", packages.Version);
        Assert.True(code == 0, output);

        var perfeval = Path.Combine(tools, OperatingSystem.IsWindows() ? "perfeval.exe" : "perfeval");
        var (scoreCode, scored) = Shell.Run(perfeval, new[] { "score", "--rules", Repo.Rules("yangxi-2023.yaml"), "--input", Repo.Samples("yangxi-2023.json") }, packages.Folder, packages.Environment);
        Assert.True(scoreCode == 0, scored);
        Assert.Contains("Total: 92.76  Grade: 优 (excellent)", scored, StringComparison.Ordinal);

        // The shipped rule set, by id and version: no file from this repository but the input.
        var (shippedCode, shipped) = Shell.Run(perfeval, new[] { "score", "--rules", "yangxi-department-overall@1.0.0", "--input", Repo.Samples("yangxi-2023.json"), "--format", "json" }, packages.Folder, packages.Environment);
        Assert.True(shippedCode == 0, shipped);
        Assert.Contains("\"total\": 92.76", shipped, StringComparison.Ordinal);
    }

    [Fact]
    public void ConsumerSample_ReferencingThePackage_ScoresTheYangxiSample()
    {
        // Copy the sample out of the repository, so nothing of the repository's build applies to it.
        var project = Path.Combine(packages.Folder, "consumer-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(project);
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.Root, "samples", "Consumer")))
        {
            File.Copy(file, Path.Combine(project, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{packages.Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);

        var (code, output) = packages.Dotnet("run", "--project", Path.Combine(project, "Consumer.csproj"), "-p:PerfEvalVersion=" + packages.Version, "--", Repo.Samples("yangxi-2023.json"));

        Assert.True(code == 0, output);
        Assert.Contains("阳西县土地储备和城市更新事务中心: 92.76 优", output, StringComparison.Ordinal);
        Assert.Contains("fund_allocation_compliance → budget_execution_rate: 2", output, StringComparison.Ordinal);
    }
}
