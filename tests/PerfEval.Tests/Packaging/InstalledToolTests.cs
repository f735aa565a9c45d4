using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Packaging;

/// <summary>
/// The tool as a user installs it from the feed (the package for this platform: Native AOT on linux-x64 when packed
/// there, as in CI, ReadyToRun elsewhere) behaves as the JIT build of the same sources in this test's output folder:
/// for every command, the same exit code, the same standard output and error, byte for byte, and the same files written.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class InstalledToolTests
{
    private static readonly string Yangxi = Repo.Rules("yangxi-2023.yaml");
    private static readonly string Yangxi2024 = Repo.Rules("yangxi-2024.yaml");
    private static readonly string Dazhou = Repo.Rules("dazhou-2023.yaml");
    private static readonly string Sample = Repo.Samples("yangxi-2023.json");
    private static readonly string DazhouSample = Repo.Samples("dazhou-2023.json");

    private readonly PackageFixture packages;

    public InstalledToolTests(PackageFixture packages) => this.packages = packages;

    /// <summary>
    /// Command lines run in an empty working folder of their own; <c>in.jsonl</c> and <c>bad.yaml</c> are there, and
    /// whatever a command writes there is compared too.
    /// </summary>
    public static TheoryData<string, string[]> Scenarios() => new()
    {
        { "score text", ["score", "--rules", Yangxi, "--input", Sample] },
        { "score json", ["score", "--rules", Yangxi, "--input", Sample, "--format", "json"] },
        { "score markdown zh", ["score", "--rules", Yangxi, "--input", Sample, "--format", "markdown", "--lang", "zh"] },
        { "score csv to file", ["score", "--rules", Yangxi, "--input", Sample, "--format", "csv", "--out", "scores.csv"] },
        { "score report", ["score", "--rules", Yangxi, "--input", Sample, "--format", "report"] },
        { "score xlsx", ["score", "--rules", Yangxi, "--input", Sample, "--format", "xlsx", "--lang", "zh", "--out", "自评表.xlsx"] },
        { "score docx", ["score", "--rules", Yangxi, "--input", Sample, "--format", "docx", "--out", "自评报告.docx"] },
        { "score shipped id", ["score", "--rules", "yangxi-department-overall@1.0.0", "--input", Sample, "--format", "json"] },
        { "score dazhou", ["score", "--rules", Dazhou, "--input", DazhouSample] },
        { "score missing input", ["score", "--rules", Yangxi, "--input", "missing.json"] },
        { "score bad rules", ["score", "--rules", "bad.yaml", "--input", Sample] },
        { "batch csv", ["batch", "--rules", Yangxi, "--input", "in.jsonl", "--out", "scores.csv"] },
        { "batch jsonl to stdout", ["batch", "--rules", Yangxi, "--input", "in.jsonl", "--format", "jsonl", "--out", "-"] },
        { "validate", ["validate", Yangxi, Yangxi2024, Dazhou] },
        { "validate bad", ["validate", "bad.yaml"] },
        { "show resolved", ["show", "--resolved", Yangxi2024] },
        { "diff", ["diff", Yangxi, Yangxi2024, "--input", Sample] },
        { "explain", ["explain", "--rules", Yangxi, "--input", Sample, "budget_execution_rate"] },
        { "explain misspelt", ["explain", "--rules", Yangxi, "--input", Sample, "budget_execution_rat"] },
        { "template", ["template", "--rules", Yangxi, "--out", "blank.json"] },
        { "schema", ["schema"] },
        { "help", ["--help"] },
        { "score help", ["score", "--help"] },
        { "serve help", ["serve", "--help"] },
        { "serve missing folder", ["serve", "--rules-folder", "no-such-folder"] },
        { "unknown command", ["scroe"] },
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void InstalledTool_Command_BehavesAsTheJitBuild(string scenario, string[] args)
    {
        // One folder for both runs, emptied in between, so the paths in messages are the same.
        var folder = Path.Combine(packages.Folder, "command-" + Guid.NewGuid().ToString("N"));
        var jit = Run(Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "PerfEval.Cli.exe" : "PerfEval.Cli"), args, folder);
        var installed = Run(packages.InstalledTool, args, folder);

        Assert.True(jit.Stdout.Length + jit.Stderr.Length + jit.Files.Count > 0, $"{scenario}: the JIT build printed and wrote nothing");
        Assert.Equal(jit.Exit, installed.Exit);
        Assert.Equal(jit.Stderr, installed.Stderr);
        Assert.Equal(jit.Stdout, installed.Stdout);
        Assert.Equal(jit.Files.Keys, installed.Files.Keys);
        foreach (var (name, bytes) in jit.Files)
        {
            Assert.True(bytes.SequenceEqual(installed.Files[name]), $"{scenario}: {name} differs");
        }
    }

    [LinuxX64Fact]
    public void InstalledTool_OnLinuxX64_IsTheNativeAotExecutableItself()
    {
        // The installed command is a link to the package's native executable, not a launcher of a managed assembly.
        var target = new FileInfo(packages.InstalledTool).ResolveLinkTarget(returnFinalTarget: true);

        Assert.NotNull(target);
        Assert.Equal("PerfEval.Cli", target.Name);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(target.FullName)!, "*.dll"));
        Assert.Equal(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' }, File.ReadAllBytes(target.FullName).Take(4));
    }

    private static (int Exit, string Stdout, string Stderr, SortedDictionary<string, byte[]> Files) Run(string program, string[] args, string folder)
    {
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllLines(Path.Combine(folder, "in.jsonl"), Cli.BatchPipelineTests.Departments(3).Append("{ not json").Append(string.Empty));
            File.WriteAllText(Path.Combine(folder, "bad.yaml"), "format: perfeval/1\nid: bad\nversion: 1.0.0\nindicators:\n  - id: a\n    weight: [\n");
            var inputs = Directory.GetFiles(folder).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
            var (exit, stdout, stderr) = Shell.RunSeparately(program, args, folder, new Dictionary<string, string> { ["LANG"] = "C.UTF-8", ["LC_ALL"] = "C.UTF-8" });
            var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var file in Directory.GetFiles(folder).Where(f => !inputs.Contains(Path.GetFileName(f))))
            {
                files[Path.GetFileName(file)] = file.EndsWith(".xlsx", StringComparison.Ordinal) || file.EndsWith(".docx", StringComparison.Ordinal) ? PackageParts(file) : File.ReadAllBytes(file);
            }

            return (exit, stdout, stderr, files);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// An Office document's parts, by name, without what differs from one run of the same build to the next: the zip
    /// entries' times, the random ids of the relationships between parts, the random name of the core-properties part
    /// and the times written into it.
    /// </summary>
    private static byte[] PackageParts(string path)
    {
        static string Stable(string text) => Regex.Replace(
            Regex.Replace(Regex.Replace(text, @"""R[0-9a-f]{16,32}""", "\"R\""), "[0-9a-f]{32}", "G"),
            @"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z",
            "T");

        using var zip = ZipFile.OpenRead(path);
        var text = new StringBuilder();
        foreach (var entry in zip.Entries.OrderBy(e => Stable(e.FullName), StringComparer.Ordinal))
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(Stable(entry.FullName)).Append('\n').Append(Stable(reader.ReadToEnd())).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
