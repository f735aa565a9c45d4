using System.Text.RegularExpressions;
using PerfEval.Cli;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Docs;

/// <summary>The README's commands and code are the real ones: its command lines run, and its C# is the consumer sample.</summary>
public sealed class ReadmeTests : IDisposable
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(Repo.Root, "README.md"));
    private static readonly Regex PipedIn = new(@"^cat (\S+) \| (perfeval .*)$", RegexOptions.CultureInvariant);
    private readonly string folder = Path.Combine(Path.GetTempPath(), "perfeval-readme-" + Guid.NewGuid().ToString("N"));

    public ReadmeTests() => Directory.CreateDirectory(folder);

    public static TheoryData<string> CommandLines()
    {
        var data = new TheoryData<string>();
        foreach (Match block in Regex.Matches(Readme, "```sh\n(.*?)```", RegexOptions.Singleline))
        {
            foreach (var line in block.Groups[1].Value.Split('\n').Select(l => l.Trim()))
            {
                if (line.StartsWith("perfeval ", StringComparison.Ordinal) || PipedIn.IsMatch(line) || line.StartsWith("dotnet run --project src/PerfEval.Cli -- ", StringComparison.Ordinal))
                {
                    data.Add(line);
                }
            }
        }

        return data;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Readme_TwoCommands_AreTheCliRunAndTheTestCommandOfCi()
    {
        Assert.Contains("dotnet run --project src/PerfEval.Cli -- score --rules rules/yangxi-2023.yaml --input samples/yangxi-2023.json", Readme, StringComparison.Ordinal);
        Assert.Contains("dotnet test PerfEval.sln", Readme, StringComparison.Ordinal);
        Assert.Contains("dotnet test PerfEval.sln", File.ReadAllText(Path.Combine(Repo.Root, ".ci", "run")), StringComparison.Ordinal);
        Assert.True(CommandLines().Count >= 8);
    }

    [Theory]
    [MemberData(nameof(CommandLines))]
    public void Readme_CommandLine_Runs(string line)
    {
        var piped = PipedIn.Match(line);
        var stdin = piped.Success ? File.ReadAllBytes(Path.Combine(Repo.Root, piped.Groups[1].Value)) : [];
        line = piped.Success ? piped.Groups[2].Value : line;
        var words = line.Replace("dotnet run --project src/PerfEval.Cli -- ", string.Empty, StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(line.StartsWith("perfeval", StringComparison.Ordinal) ? 1 : 0).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0 && words[i - 1] == "--out" && words[i] != "-")
            {
                // The folder stands for a fresh clone's root: only what git holds is there, so an output folder the
                // README names must be one the command makes, or one that is in the repository.
                words[i] = Path.Combine(folder, words[i]);
            }
            else if (File.Exists(Path.Combine(Repo.Root, words[i])))
            {
                words[i] = Path.Combine(Repo.Root, words[i]);
            }
        }

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var stdoutBytes = new MemoryStream();
        var exit = Commands.Invoke(words.ToArray(), stdout, stderr, streams: new StandardStreams(() => new MemoryStream(stdin), () => stdoutBytes));

        Assert.True(exit == ExitCodes.Success, $"{line}\n{stderr}");
        if (words.Contains("--out") && words[words.IndexOf("--out") + 1] == "-")
        {
            Assert.True(stdout.ToString().Length > 0 || stdoutBytes.Length > 0, line);
        }
        else if (words.Contains("--out"))
        {
            Assert.True(File.Exists(words[words.IndexOf("--out") + 1]));
        }
    }

    [Fact]
    public void Readme_CSharp_IsTheConsumerSampleThePackageTestRuns()
    {
        var program = File.ReadAllText(Path.Combine(Repo.Root, "samples", "Consumer", "Program.cs")).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        var block = Regex.Match(Readme, "```csharp\n(.*?)```", RegexOptions.Singleline).Groups[1].Value.Trim();
        Assert.Equal(program, block);
    }

    [Fact]
    public void Readme_Links_PointAtFilesThatExist()
    {
        // Absolute, because the same README is the packages' page, where a relative link leads nowhere.
        var links = Regex.Matches(Readme, @"\]\(https://github\.com/perfeval/perfeval/blob/main/([^)#]+)(?:#[^)]*)?\)");
        Assert.NotEmpty(links);
        foreach (Match link in links)
        {
            Assert.True(File.Exists(Path.Combine(Repo.Root, link.Groups[1].Value)), link.Groups[1].Value);
        }
    }
}
