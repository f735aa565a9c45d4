using System.Text.RegularExpressions;
using System.Xml.Linq;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Packaging;

/// <summary>The packages install and work the way a consumer meets them: from a feed, not from this repository's projects.</summary>
[Collection(PackagesCollection.Name)]
public sealed class PackageTests
{
    private static readonly string[] Frameworks = { "netstandard2.0", "net8.0", "net10.0" };

    private readonly PackageFixture packages;

    public PackageTests(PackageFixture packages) => this.packages = packages;

    [Fact]
    public void Pack_Library_HasEveryTargetDocsReadmeAndSymbols()
    {
        var entries = packages.Entries("PerfEval");
        foreach (var framework in Frameworks)
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
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(Repo.Root, "docs", "schema", "perfeval-1.schema.json")),
            packages.Files(packages.Package("PerfEval"), "/perfeval-1.schema.json")["schema/perfeval-1.schema.json"]);
    }

    [Fact]
    public void Pack_Library_DependsOnNCalcAndYamlDotNetOnlyOnEveryTarget_AsTheReadmeSays()
    {
        Assert.Contains("depends on NCalc and\n  YamlDotNet only", File.ReadAllText(Path.Combine(Repo.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);

        var groups = DependencyGroups("PerfEval");
        Assert.Equal(new[] { ".NETStandard2.0", "net10.0", "net8.0" }, groups.Keys.Order(StringComparer.Ordinal));
        Assert.All(groups, g => Assert.Equal(new[] { "NCalcSync", "YamlDotNet" }, g.Value));
    }

    [Fact]
    public void Pack_Guangdong_HasEveryTargetDocsReadmeSymbolsAndDependsOnPerfEvalOnly()
    {
        var entries = packages.Entries("PerfEval.Guangdong");
        foreach (var framework in Frameworks)
        {
            Assert.Contains($"lib/{framework}/PerfEval.Guangdong.dll", entries);
            Assert.Contains($"lib/{framework}/PerfEval.Guangdong.xml", entries);
        }

        Assert.Contains("README.md", entries);
        Assert.True(File.Exists(packages.SymbolPackage("PerfEval.Guangdong")));
        Assert.Contains("<license type=\"expression\">MIT</license>", packages.Nuspec("PerfEval.Guangdong"), StringComparison.Ordinal);

        var groups = DependencyGroups("PerfEval.Guangdong");
        Assert.Equal(3, groups.Count);
        Assert.All(groups, g => Assert.Equal(new[] { "PerfEval " + packages.Version }, g.Value.Select(id => id + " " + Version("PerfEval.Guangdong", g.Key, id))));
    }

    [Fact]
    public void Pack_Office_HasEveryTargetDocsReadmeSymbolsAndDependsOnPerfEvalAndOpenXmlOnly()
    {
        var entries = packages.Entries("PerfEval.Office");
        foreach (var framework in Frameworks)
        {
            Assert.Contains($"lib/{framework}/PerfEval.Office.dll", entries);
            Assert.Contains($"lib/{framework}/PerfEval.Office.xml", entries);
        }

        Assert.Contains("README.md", entries);
        Assert.True(File.Exists(packages.SymbolPackage("PerfEval.Office")));
        var nuspec = packages.Nuspec("PerfEval.Office");
        Assert.Contains("<license type=\"expression\">MIT</license>", nuspec, StringComparison.Ordinal);
        Assert.Contains("<readme>README.md</readme>", nuspec, StringComparison.Ordinal);

        // MiniExcel is gone: the workbook is written with DocumentFormat.OpenXml alone.
        var groups = DependencyGroups("PerfEval.Office");
        Assert.Equal(new[] { ".NETStandard2.0", "net10.0", "net8.0" }, groups.Keys.Order(StringComparer.Ordinal));
        Assert.All(groups, g => Assert.Equal(
            new[] { "DocumentFormat.OpenXml 3.3.0", "PerfEval " + packages.Version },
            g.Value.Select(id => id + " " + Version("PerfEval.Office", g.Key, id))));
        Assert.DoesNotContain(packages.Entries(PackageFixture.ContentId("PerfEval.Cli")), e => e.Contains("MiniExcel", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(packages.Entries(PackageFixture.ContentId("PerfEval.Cli")), e => e.EndsWith("/PerfEval.Office.dll", StringComparison.Ordinal));
    }

    [Fact]
    public void Pack_Server_HasBothTargetsDocsReadmeSymbolsTheAspNetCoreFrameworkAndItsDependencies()
    {
        var entries = packages.Entries("PerfEval.Server");
        foreach (var framework in new[] { "net8.0", "net10.0" })
        {
            Assert.Contains($"lib/{framework}/PerfEval.Server.dll", entries);
            Assert.Contains($"lib/{framework}/PerfEval.Server.xml", entries);
        }

        Assert.DoesNotContain(entries, e => e.StartsWith("lib/netstandard", StringComparison.Ordinal));
        Assert.Contains("README.md", entries);
        Assert.True(File.Exists(packages.SymbolPackage("PerfEval.Server")));
        var nuspec = packages.Nuspec("PerfEval.Server");
        Assert.Contains("<frameworkReference name=\"Microsoft.AspNetCore.App\" />", nuspec, StringComparison.Ordinal);

        // The OpenAPI generator on net10.0 only; the page's files are inside the assembly, not loose in the package.
        var groups = DependencyGroups("PerfEval.Server");
        Assert.Equal(new[] { "net10.0", "net8.0" }, groups.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "Microsoft.AspNetCore.OpenApi", "PerfEval", "PerfEval.Office" }, groups["net10.0"].Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "PerfEval", "PerfEval.Office" }, groups["net8.0"].Order(StringComparer.Ordinal));
        Assert.DoesNotContain(entries, e => e.EndsWith(".html", StringComparison.Ordinal) || e.EndsWith(".js", StringComparison.Ordinal));
    }

    [Fact]
    public void Pack_Tool_NativeAotCompileHasNoTrimOrAotWarnings()
        => Assert.DoesNotMatch(@"warning (IL\d{4}|IL3\d{3})", packages.PackOutput);

    [Fact]
    public void Pack_EveryReadme_HasOnlyAbsoluteLinks()
    {
        foreach (var id in PackageFixture.Projects)
        {
            var readme = System.Text.Encoding.UTF8.GetString(packages.Files(packages.Package(id), "README.md")["README.md"]);
            var targets = Regex.Matches(readme, @"\]\(([^)\s]+)[^)]*\)|^\[[^\]]+\]:\s*(\S+)|(?:href|src)=""([^""]+)""", RegexOptions.Multiline)
                .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value)
                .ToList();
            Assert.NotEmpty(targets);
            Assert.All(targets, t => Assert.True(t.StartsWith("https://", StringComparison.Ordinal), $"{id}'s README links to {t}, which is broken on a package page"));
        }
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

        // The rule-file schema, byte for byte, for rule files kept anywhere.
        var saved = Path.Combine(packages.Folder, "schema-" + Guid.NewGuid().ToString("N") + ".json");
        var (schemaCode, schemaOutput) = Shell.Run(perfeval, new[] { "schema", "--out", saved }, packages.Folder, packages.Environment);
        Assert.True(schemaCode == 0, schemaOutput);
        Assert.Equal(File.ReadAllBytes(Path.Combine(Repo.Root, "docs", "schema", "perfeval-1.schema.json")), File.ReadAllBytes(saved));
        var (printCode, printed) = Shell.Run(perfeval, new[] { "schema" }, packages.Folder, packages.Environment);
        Assert.True(printCode == 0, printed);
        Assert.Equal(File.ReadAllText(Path.Combine(Repo.Root, "docs", "schema", "perfeval-1.schema.json")), printed);
    }

    [Fact]
    public void GuangdongPackage_InstalledAsTheReadmeSays_BindsTheYangxiReportToTheSampleScores()
    {
        // The README's steps for a local pack: a nuget.config of the project's own, the pack folder as a source, the package.
        var readme = File.ReadAllText(Path.Combine(Repo.Root, "README.md"));
        Assert.Contains("dotnet new nugetconfig\n", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet nuget add source ~/perfeval-packages --name perfeval-local\n", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet add package PerfEval.Guangdong\n", readme, StringComparison.Ordinal);

        var project = Path.Combine(packages.Folder, "guangdong-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(project, "Directory.Packages.props"), "<Project />");
        File.WriteAllText(Path.Combine(project, "Guangdong.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
            </Project>
            """);

        // The typed report the tests bind, and the JSON sample's judgements it reads.
        File.Copy(Path.Combine(Repo.Root, "tests", "PerfEval.Tests", "Support", "YangxiReport.cs"), Path.Combine(project, "YangxiReport.cs"));
        File.WriteAllText(Path.Combine(project, "Some.cs"), """
            using PerfEval.Inputs;

            namespace PerfEval.Tests.Support;

            internal static class Some
            {
                public static InputValues YangxiInput() => JsonInputReader.ReadFile(Environment.GetCommandLineArgs()[1]).GetValueOrThrow();
            }
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            using PerfEval.Inputs;
            using PerfEval.Loading;
            using PerfEval.Tests.Support;

            var rules = RuleSetCatalog.Shipped.Load("广东省阳江市阳西县", 2023).GetValueOrThrow();
            var typed = rules.Score(InputBinder.Bind(YangxiReport.Create()));
            var json = rules.Score(Some.YangxiInput());
            static string Scores(PerfEval.Results.Scorecard card) => string.Join(", ", card.AllIndicators.Select(i => $"{i.Id}={i.Score}/{i.EffectiveWeight}"));

            Console.OutputEncoding = System.Text.Encoding.UTF8;
            Console.WriteLine($"typed: {typed.Subject}: {typed.Total} {typed.Grade.Label}");
            Console.WriteLine($"same scores as the sample: {Scores(typed) == Scores(json) && typed.Total == json.Total}");
            """);

        foreach (var step in new[]
        {
            new[] { "new", "nugetconfig" },
            new[] { "nuget", "add", "source", packages.Feed, "--name", "perfeval-local" },
            new[] { "add", "package", "PerfEval.Guangdong", "--version", packages.Version },
        })
        {
            var (stepCode, stepOutput) = Shell.Run("dotnet", step, project, packages.Environment, timeoutSeconds: 600);
            Assert.True(stepCode == 0, $"dotnet {string.Join(' ', step)}\n{stepOutput}");
        }

        var (code, output) = Shell.Run("dotnet", new[] { "run", "--", Repo.Samples("yangxi-2023.json") }, project, packages.Environment, timeoutSeconds: 600);

        Assert.True(code == 0, output);
        Assert.Contains("typed: 阳西县土地储备和城市更新事务中心: 92.76 优", output, StringComparison.Ordinal);
        Assert.Contains("same scores as the sample: True", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ConsumerSample_ReferencingThePackage_ScoresTheYangxiSample()
    {
        var project = CopyConsumerSample();

        var (code, output) = packages.Dotnet("run", "--project", Path.Combine(project, "Consumer.csproj"), "-p:PerfEvalVersion=" + packages.Version, "--", Repo.Samples("yangxi-2023.json"));

        Assert.True(code == 0, output);
        Assert.Contains("阳西县土地储备和城市更新事务中心: 92.76 优", output, StringComparison.Ordinal);
        Assert.Contains("fund_allocation_compliance → budget_execution_rate: 2", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ConsumerSample_PublishedTrimmed_HasNoTrimWarningsAndScoresTheYangxiSample()
    {
        // The trimmer reads PerfEval and what it depends on as an application meets them: IsTrimmable made good.
        var project = CopyConsumerSample();
        var published = Path.Combine(project, "published");

        var (code, output) = packages.Dotnet("publish", Path.Combine(project, "Consumer.csproj"), "-c", "Release", "-r", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier, "-o", published, "-p:PublishTrimmed=true", "-p:TrimmerSingleWarn=false", "-p:PerfEvalVersion=" + packages.Version);

        Assert.True(code == 0, output);
        Assert.DoesNotMatch(@"warning IL\d{4}", output);
        var (runCode, run) = Shell.Run(Path.Combine(published, OperatingSystem.IsWindows() ? "Consumer.exe" : "Consumer"), new[] { Repo.Samples("yangxi-2023.json") }, project, packages.Environment);
        Assert.True(runCode == 0, run);
        Assert.Contains("阳西县土地储备和城市更新事务中心: 92.76 优", run, StringComparison.Ordinal);
    }

    /// <summary>Copies the consumer sample out of the repository, so nothing of the repository's build applies to it.</summary>
    private string CopyConsumerSample()
    {
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
        return project;
    }

    /// <summary>A package's dependency ids per target framework, from its packed nuspec.</summary>
    private Dictionary<string, string[]> DependencyGroups(string id)
        => Dependencies(id).Elements().Where(e => e.Name.LocalName == "group").ToDictionary(
            g => (string)g.Attribute("targetFramework")!,
            g => g.Elements().Where(e => e.Name.LocalName == "dependency").Select(d => (string)d.Attribute("id")!).Order(StringComparer.Ordinal).ToArray());

    private string Version(string package, string framework, string dependency)
        => Dependencies(package).Elements().Single(g => (string)g.Attribute("targetFramework")! == framework)
            .Elements().Single(d => (string)d.Attribute("id")! == dependency).Attribute("version")!.Value;

    private XElement Dependencies(string id)
        => XDocument.Parse(packages.Nuspec(id)).Descendants().Single(e => e.Name.LocalName == "dependencies");
}
