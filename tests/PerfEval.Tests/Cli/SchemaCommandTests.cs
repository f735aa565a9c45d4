using PerfEval.Cli;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Cli;

/// <summary><c>perfeval schema</c> gives the repository's rule-file schema, byte for byte, from the copy built into the tool.</summary>
public sealed class SchemaCommandTests : IDisposable
{
    private static readonly string SchemaFile = Path.Combine(Repo.Root, "docs", "schema", "perfeval-1.schema.json");

    private readonly string directory = Path.Combine(Path.GetTempPath(), "perfeval-schema-" + Guid.NewGuid().ToString("N"));

    public SchemaCommandTests() => Directory.CreateDirectory(directory);

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Read_EmbeddedResource_IsTheSchemaFileByteForByte()
        => Assert.Equal(File.ReadAllBytes(SchemaFile), SchemaCommand.Read());

    [Fact]
    public void Schema_NoOptions_PrintsTheSchemaFile()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = Commands.Invoke(new[] { "schema" }, stdout, stderr);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Empty(stderr.ToString());
        Assert.Equal(File.ReadAllText(SchemaFile), stdout.ToString());
    }

    [Fact]
    public void Schema_Out_WritesTheSchemaFileByteForByte()
    {
        var target = Path.Combine(directory, "perfeval-1.schema.json");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = Commands.Invoke(new[] { "schema", "--out", target }, stdout, stderr);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Empty(stdout.ToString());
        Assert.Equal(File.ReadAllBytes(SchemaFile), File.ReadAllBytes(target));
    }

    [Fact]
    public void Schema_OutIntoMissingFolder_IsAnIoErrorOnOneLine()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = Commands.Invoke(new[] { "schema", "--out", Path.Combine(directory, "missing", "schema.json") }, stdout, stderr);

        Assert.Equal(ExitCodes.IoError, exit);
        Assert.StartsWith("error: ", stderr.ToString(), StringComparison.Ordinal);
        Assert.Single(stderr.ToString().TrimEnd().Split('\n'));
    }
}
