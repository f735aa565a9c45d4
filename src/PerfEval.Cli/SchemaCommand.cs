using System.CommandLine;
using System.IO;
using System.Text;

namespace PerfEval.Cli;

/// <summary>
/// <c>perfeval schema</c>: the JSON Schema of rule files (<c>docs/schema/perfeval-1.schema.json</c>), byte for byte, from
/// the copy embedded in the tool, so a rule file outside the repository can name it for editor support.
/// </summary>
internal static class SchemaCommand
{
    /// <summary>The embedded schema's resource name.</summary>
    public const string ResourceName = "PerfEval.Cli.schema.perfeval-1.schema.json";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var output = CommandSupport.OutOption();
        var language = CommandSupport.LanguageOption();
        var command = new Command("schema", "Print the JSON Schema of perfeval/1 rule files, for editor support of rule files anywhere.") { output, language };
        command.SetAction(result => CommandSupport.Guarded(stderr, CommandSupport.Language(result.GetValue(language)), () =>
        {
            var bytes = Read();
            if (result.GetValue(output) is { } path && !CommandSupport.ToStandardOutput(path))
            {
                AtomicFile.Write(path, stream => stream.Write(bytes, 0, bytes.Length));
            }
            else
            {
                stdout.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes));
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The embedded schema's bytes.</summary>
    public static byte[] Read()
    {
        using var stream = typeof(SchemaCommand).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"The tool was built without its embedded rule-file schema ({ResourceName}).");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
