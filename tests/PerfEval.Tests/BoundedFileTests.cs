using PerfEval.Inputs;
using PerfEval.Loading;
using PerfEval.Results;
using PerfEval.Tests.Support;

namespace PerfEval.Tests;

/// <summary>Every rule and input file is read through <see cref="BoundedFile"/>: only regular files, never a folder or a FIFO.</summary>
public sealed class BoundedFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("perfeval-bounded-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [UnixFact]
    public void Read_Fifo_IsRefusedWithoutBlocking()
    {
        var fifo = SpecialFiles.Fifo(Path.Combine(folder, "rules.yaml"));

        var failure = SpecialFiles.WithinSeconds(10, () => Assert.Throws<BoundedFile.Failure>(() => BoundedFile.Read(fifo, 1024, Messages.RuleFile)), fifo);

        Assert.Equal(Codes.FileNotFound, failure.Code);
        Assert.Equal("Cannot read the rule file: it is not a regular file but a FIFO (named pipe); PerfEval reads rule and input files only from regular files.", failure.Message);
    }

    [UnixFact]
    public void Read_Socket_IsRefusedAsNotARegularFile()
    {
        var path = Path.Combine(folder, "input.json");
        using var socket = SpecialFiles.Socket(path);

        var failure = Assert.Throws<BoundedFile.Failure>(() => BoundedFile.Read(path, 1024, Messages.InputFile));

        Assert.Contains("is not a regular file but a socket", failure.Message, StringComparison.Ordinal);
    }

    [UnixFact]
    public void Read_CharacterDevice_IsRefusedBeforeReading()
    {
        // /dev/zero never ends and /dev/null is empty: neither is a rule file, and neither is read.
        foreach (var device in new[] { "/dev/zero", "/dev/null" })
        {
            var failure = Assert.Throws<BoundedFile.Failure>(() => BoundedFile.Read(device, 1024, Messages.RuleFile));
            Assert.Equal((Codes.FileNotFound, "Cannot read the rule file: it is not a regular file but a character device; PerfEval reads rule and input files only from regular files."), (failure.Code, failure.Message));
        }
    }

    [UnixFact]
    public void Read_SymbolicLinkToFifo_IsRefusedLikeTheFifo()
    {
        var fifo = SpecialFiles.Fifo(Path.Combine(folder, "pipe"));
        var link = Path.Combine(folder, "rules.yaml");
        File.CreateSymbolicLink(link, fifo);

        var failure = SpecialFiles.WithinSeconds(10, () => Assert.Throws<BoundedFile.Failure>(() => BoundedFile.Read(link, 1024, Messages.RuleFile)), fifo);

        Assert.Contains("is not a regular file but a FIFO", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Folder_SaysItIsAFolderNotAccessDenied()
    {
        var failure = Assert.Throws<BoundedFile.Failure>(() => BoundedFile.Read(folder, 1024, Messages.InputFile));

        Assert.Equal((Codes.FileNotFound, "Cannot read the input file: it is a folder, not a file."), (failure.Code, failure.Message));
    }

    [Fact]
    public void Read_RegularFile_ReturnsItsBytes()
    {
        var path = Path.Combine(folder, "a.json");
        File.WriteAllBytes(path, new byte[] { 1, 2, 3 });

        Assert.Equal(new byte[] { 1, 2, 3 }, BoundedFile.Read(path, 3, Messages.InputFile));
    }

    [UnixFact]
    public void ReadFile_FifoAsInputOrRules_ReportsPE0001AndReturns()
    {
        var fifo = SpecialFiles.Fifo(Path.Combine(folder, "input.json"));

        var input = SpecialFiles.WithinSeconds(10, () => JsonInputReader.ReadFile(fifo).Diagnostics, fifo);
        var rules = SpecialFiles.WithinSeconds(10, () => RuleSetLoader.ResolveFile(fifo).Diagnostics, fifo);

        Assert.All(input.Concat(rules), d => Assert.Equal(("PE0001", DiagnosticSeverity.Error), (d.Code, d.Severity)));
        Assert.Contains("is not a regular file", Assert.Single(input).Message, StringComparison.Ordinal);
        Assert.Contains("is not a regular file", Assert.Single(rules).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_FolderAsInput_SaysItIsAFolder()
    {
        var error = Assert.Single(JsonInputReader.ReadFile(folder).Diagnostics);

        Assert.Equal($"{folder}: error PE0001: Cannot read the input file: it is a folder, not a file.", error.ToString());
    }
}
