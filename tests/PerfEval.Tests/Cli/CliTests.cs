using System.CommandLine;
using System.Text.Json;
using System.Text.RegularExpressions;
using PerfEval.Cli;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Cli;

/// <summary>The perfeval command line: exit codes, output, and one-line diagnostics without stack traces.</summary>
public sealed class CliTests : IDisposable
{
    private static readonly Regex DiagnosticLine = new(@"^.+:\d+:\d+: (error|warning) PE\d{4}: .+$", RegexOptions.CultureInvariant);

    private static readonly string YangxiRules = Repo.Rules("yangxi-2023.yaml");
    private static readonly string YangxiInput = Repo.Samples("yangxi-2023.json");

    private readonly string directory = Path.Combine(Path.GetTempPath(), "perfeval-cli-" + Guid.NewGuid().ToString("N"));

    public CliTests()
    {
        Directory.CreateDirectory(directory);
    }

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    // ---- score -------------------------------------------------------------------------------------------------

    [Fact]
    public void Score_YangxiFiles_ExitsZeroAndPrintsTotalAndGrade()
    {
        var (exit, stdout, stderr) = Run("score", "--rules", YangxiRules, "--input", YangxiInput);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("92.76", stdout, StringComparison.Ordinal);
        Assert.Contains("优", stdout, StringComparison.Ordinal);
        Assert.Contains("阳西县土地储备和城市更新事务中心", stdout, StringComparison.Ordinal);
        Assert.Empty(stderr);
    }

    [Fact]
    public void Score_JsonFormat_PrintsParsableJsonWithTotal()
    {
        var (exit, stdout, stderr) = Run("score", "--rules", YangxiRules, "--input", YangxiInput, "--format", "json");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Empty(stderr);
        using var document = JsonDocument.Parse(stdout);
        var root = document.RootElement;
        Assert.Equal(92.76m, root.GetProperty("total").GetDecimal());
        Assert.Equal("优", root.GetProperty("grade").GetProperty("label").GetString());
        Assert.Equal("yangxi-department-overall", root.GetProperty("ruleSet").GetProperty("id").GetString());
    }

    [Fact]
    public void Score_BrokenRuleFile_ExitsTwoWithOneLineDiagnosticsOnStderr()
    {
        var rules = Write("broken.yaml", Some.Header() + """
            inputs:
              - { name: rate, type: decimal }
            indicators:
              - id: a
                name: A
                weight: 90
                formula: weight * Min(1, ratio)
            """);

        var (exit, stdout, stderr) = Run("score", "--rules", rules, "--input", YangxiInput);

        Assert.Equal(ExitCodes.InvalidRules, exit);
        Assert.Empty(stdout);
        var lines = Lines(stderr);
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Matches(DiagnosticLine, line));
        Assert.Contains(lines, line => line.StartsWith(rules + ":1:1: error PE0204: ", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith(rules + ":", StringComparison.Ordinal) && line.Contains(": error PE0302: Unknown name 'ratio'", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_YamlSyntaxError_ExitsTwoWithoutStackTrace()
    {
        var rules = Write("syntax.yaml", "format: perfeval/1\n  id: x\n");

        var (exit, _, stderr) = Run("score", "--rules", rules, "--input", YangxiInput);

        Assert.Equal(ExitCodes.InvalidRules, exit);
        var line = Assert.Single(Lines(stderr));
        Assert.StartsWith(rules + ":2:5: error PE0002: YAML syntax: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_InputWithJsonError_ExitsThree()
    {
        var input = Write("input.json", "{\n  \"values\": {\n    \"issued_budget\": 2774.62,,\n  }\n}");

        var (exit, stdout, stderr) = Run("score", "--rules", YangxiRules, "--input", input);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Empty(stdout);
        var line = Assert.Single(Lines(stderr));
        Assert.Matches(DiagnosticLine, line);
        Assert.StartsWith(input + ":3:30: error PE0401: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_InputThatCannotBeScored_ExitsThreeNamingInputAndIndicator()
    {
        var json = File.ReadAllText(YangxiInput).Replace("\"work_target_count\": 2,", "\"work_target_count\": 2.5,", StringComparison.Ordinal);
        var input = Write("fraction.json", json);

        var (exit, stdout, stderr) = Run("score", "--rules", YangxiRules, "--input", input);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Empty(stdout);
        var line = Assert.Single(Lines(stderr));
        Assert.Equal(input + ":35:26: error PE0403: Input 'work_target_count' must be a whole number, not 2.5. [target_completion_rate]", line);
    }

    [Fact]
    public void Score_DivisionByZero_ExitsThreeNamingZeroInput()
    {
        var json = File.ReadAllText(YangxiInput).Replace("\"issued_budget\": 2774.62", "\"issued_budget\": 0", StringComparison.Ordinal);
        var input = Write("zero.json", json);

        var (exit, _, stderr) = Run("score", "--rules", YangxiRules, "--input", input);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        var line = Assert.Single(Lines(stderr), l => l.Contains(": error ", StringComparison.Ordinal));
        Assert.Matches(DiagnosticLine, line);
        var expressionLine = File.ReadAllLines(YangxiRules).ToList().FindIndex(l => l.Contains("expression: actual_spending / issued_budget", StringComparison.Ordinal)) + 1;
        Assert.StartsWith(YangxiRules + $":{expressionLine}:17: error PE0501: Division by zero in metric 'execution_rate'", line, StringComparison.Ordinal);
        Assert.Contains("issued_budget = 0", line, StringComparison.Ordinal);
        Assert.EndsWith("[budget_execution_rate]", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_DivisionByZeroInChinese_PrintsTheDiagnosticInChinese()
    {
        var json = File.ReadAllText(YangxiInput).Replace("\"issued_budget\": 2774.62", "\"issued_budget\": 0", StringComparison.Ordinal);
        var input = Write("zero.json", json);

        var (exit, _, stderr) = Run("score", "--rules", YangxiRules, "--input", input, "--lang", "zh");

        Assert.Equal(ExitCodes.InvalidInput, exit);
        var line = Assert.Single(Lines(stderr), l => l.Contains("：错误 ", StringComparison.Ordinal));
        var expressionLine = File.ReadAllLines(YangxiRules).ToList().FindIndex(l => l.Contains("expression: actual_spending / issued_budget", StringComparison.Ordinal)) + 1;
        Assert.StartsWith(YangxiRules + $":{expressionLine}:17：错误 PE0501：计算指标“execution_rate”（被“budget_execution_rate”引用）除数为零：", line, StringComparison.Ordinal);
        Assert.Contains("“issued_budget = 0”", line, StringComparison.Ordinal);
        Assert.EndsWith("[budget_execution_rate]", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BrokenFileInChinese_PrintsChineseDiagnosticsAndOk()
    {
        var broken = Write("broken.yaml", Some.Header() + """
            indicators:
              - id: a
                name: A
                weight: 100
                formula: weight
                notes: x
            """);

        var (exit, stdout, stderr) = Run("validate", broken, YangxiRules, "--lang", "zh");

        Assert.Equal(ExitCodes.InvalidRules, exit);
        Assert.Contains(broken + ":", stderr, StringComparison.Ordinal);
        Assert.Contains("：错误 PE0101：指标中有未知的键“notes”。是否应为“note”？", stderr, StringComparison.Ordinal);
        Assert.StartsWith(YangxiRules + "：通过：“yangxi-department-overall” 1.0.0，一级指标 ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_UnknownIndicatorInChinese_SaysSoInChinese()
    {
        var (exit, _, stderr) = Run("explain", "--rules", YangxiRules, "--input", YangxiInput, "budget_executon_rate", "--lang", "zh");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal("错误：规则集“yangxi-department-overall@1.0.0”中没有指标“budget_executon_rate”。是否应为“budget_execution_rate”？", stderr.Trim());
    }

    [Fact]
    public void Score_MissingRuleFile_ExitsFour()
    {
        var missing = Path.Combine(directory, "missing.yaml");

        var (exit, stdout, stderr) = Run("score", "--rules", missing, "--input", YangxiInput);

        Assert.Equal(ExitCodes.IoError, exit);
        Assert.Empty(stdout);
        Assert.StartsWith(missing + ": error PE0001: ", Assert.Single(Lines(stderr)), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_MissingInputFile_ExitsFour()
    {
        var missing = Path.Combine(directory, "missing.json");

        var (exit, _, stderr) = Run("score", "--rules", YangxiRules, "--input", missing);

        Assert.Equal(ExitCodes.IoError, exit);
        Assert.StartsWith(missing + ": error PE0001: ", Assert.Single(Lines(stderr)), StringComparison.Ordinal);
    }

    // ---- validate ----------------------------------------------------------------------------------------------

    [Fact]
    public void Validate_YangxiFile_ExitsZeroAndPrintsOk()
    {
        var (exit, stdout, stderr) = Run("validate", YangxiRules);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("ok", stdout, StringComparison.Ordinal);
        Assert.Equal(YangxiRules + ": ok: yangxi-department-overall 1.0.0, 3 top-level indicators", Assert.Single(Lines(stdout)));
        Assert.Empty(stderr);
    }

    [Fact]
    public void Validate_FileWithWarning_ExitsZeroAndPrintsWarningAndOk()
    {
        var rules = Write("warn.yaml", Some.Header() + """
            inputs:
              - { name: rate, type: decimal }
              - { name: unused, type: decimal }
            indicators:
              - { id: a, name: A, weight: 100, formula: "weight * Min(1, rate)" }
            """);

        var (exit, stdout, _) = Run("validate", rules);

        Assert.Equal(ExitCodes.Success, exit);
        var lines = Lines(stdout);
        Assert.Equal(2, lines.Count);
        Assert.StartsWith(rules + ":14:5: warning PE0211: Input 'unused'", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("1 warning(s)", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BrokenAndGoodFiles_ExitsTwoReportingEach()
    {
        var broken = Write("broken.yaml", Some.Header() + """
            indicators:
              - { id: a, name: A, weight: 90, judgement: { criteria: x } }
            """);

        var (exit, stdout, stderr) = Run("validate", broken, YangxiRules);

        Assert.Equal(ExitCodes.InvalidRules, exit);
        Assert.Equal(broken + ":1:1: error PE0204: The top-level weights add up to 90, but 'total' is 100.", Assert.Single(Lines(stderr)));
        Assert.StartsWith(YangxiRules + ": ok", Assert.Single(Lines(stdout)), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingFile_ExitsFour()
    {
        var missing = Path.Combine(directory, "missing.yaml");

        var (exit, _, stderr) = Run("validate", missing);

        Assert.Equal(ExitCodes.IoError, exit);
        Assert.Contains("PE0001", stderr, StringComparison.Ordinal);
    }

    // ---- Usage -------------------------------------------------------------------------------------------------

    [Fact]
    public void Score_UnknownOption_ExitsNonZeroWithoutRunning()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr };

        var exit = Commands.Build(stdout, stderr)
            .Parse(new[] { "score", "--rules", YangxiRules, "--input", YangxiInput, "--colour" })
            .Invoke(configuration);

        Assert.NotEqual(ExitCodes.Success, exit);
        Assert.DoesNotContain("92.76", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("--colour", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Score_UnknownFormat_ExitsNonZero()
    {
        var (exit, stdout, _) = Run("score", "--rules", YangxiRules, "--input", YangxiInput, "--format", "xml");

        Assert.NotEqual(ExitCodes.Success, exit);
        Assert.DoesNotContain("92.76", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_MissingRequiredOption_ExitsNonZero()
    {
        var (exit, stdout, _) = Run("score", "--rules", YangxiRules);

        Assert.NotEqual(ExitCodes.Success, exit);
        Assert.DoesNotContain("92.76", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_UnknownOption_ReportsOnGivenStderr()
    {
        var (exit, _, stderr) = Run("score", "--rules", YangxiRules, "--input", YangxiInput, "--colour");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--colour", stderr, StringComparison.Ordinal);
    }

    // ---- explain and validate: misspelt ids, files that are not rule files ------------------------------------------

    [Fact]
    public void Explain_MisspeltIndicatorId_SuggestsTheClosestId()
    {
        var (exit, stdout, stderr) = Run("explain", "--rules", YangxiRules, "--input", YangxiInput, "budget_exectuion_rate");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Empty(stdout);
        Assert.Equal("error: rule set yangxi-department-overall@1.0.0 has no indicator 'budget_exectuion_rate'. Did you mean 'budget_execution_rate'?", stderr.TrimEnd());
    }

    [Fact]
    public void Explain_IdLikeNoIndicator_SuggestsNothing()
    {
        var (exit, _, stderr) = Run("explain", "--rules", YangxiRules, "--input", YangxiInput, "zzz");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal("error: rule set yangxi-department-overall@1.0.0 has no indicator 'zzz'.", stderr.TrimEnd());
    }

    [UnixFact]
    public void Validate_ExtendingFileBesideAFifo_FinishesAndLoads()
    {
        File.Copy(YangxiRules, Path.Combine(directory, "yangxi-2023.yaml"));
        var rules = Path.Combine(directory, "yangxi-2024.yaml");
        File.Copy(Repo.Rules("yangxi-2024.yaml"), rules);
        var fifo = SpecialFiles.Fifo(Path.Combine(directory, "x.yaml"));

        var (exit, stdout, stderr) = SpecialFiles.WithinSeconds(20, () => Run("validate", rules), fifo);

        Assert.Equal((ExitCodes.Success, string.Empty), (exit, stderr));
        Assert.Equal($"{rules}: ok: yangxi-department-overall 2.0.0, 3 top-level indicators", stdout.TrimEnd());
    }

    [UnixFact]
    public void Validate_Fifo_ExitsWithTheIoErrorSayingItIsNotARegularFile()
    {
        var fifo = SpecialFiles.Fifo(Path.Combine(directory, "rules.yaml"));

        var (exit, _, stderr) = SpecialFiles.WithinSeconds(20, () => Run("validate", fifo), fifo);

        Assert.Equal(ExitCodes.IoError, exit);
        Assert.Equal($"{fifo}: error PE0001: Cannot read the rule file: it is not a regular file but a FIFO (named pipe); PerfEval reads rule and input files only from regular files.", stderr.TrimEnd());
    }

    [Fact]
    public void Score_FolderAsInput_SaysItIsAFolder()
    {
        var (exit, _, stderr) = Run("score", "--rules", YangxiRules, "--input", directory);

        Assert.Equal(ExitCodes.IoError, exit);
        Assert.Equal($"{directory}: error PE0001: Cannot read the input file: it is a folder, not a file.", stderr.TrimEnd());
    }

    // ---- Helpers -----------------------------------------------------------------------------------------------

    private static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = Commands.Invoke(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static List<string> Lines(string text) => text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();

    private string Write(string name, string text)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
