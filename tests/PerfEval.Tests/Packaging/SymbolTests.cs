using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Packaging;

/// <summary>
/// What the packed assemblies and PDBs say about where they came from: SourceLink to the commit, no build machine's
/// paths, and the trimming claim only where the analyzers back it.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class SymbolTests
{
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    private readonly PackageFixture packages;

    public SymbolTests(PackageFixture packages) => this.packages = packages;

    public static TheoryData<string> Ids() => new(PackageFixture.Projects);

    [GitCloneFact]
    public void Pack_EveryPdb_HasSourceLinkToTheCommit()
    {
        var head = Git.Head()!;
        foreach (var id in PackageFixture.Projects)
        {
            var pdbs = packages.Files(packages.SymbolPackage(id), ".pdb");
            Assert.NotEmpty(pdbs);
            foreach (var (name, bytes) in pdbs)
            {
                using var provider = MetadataReaderProvider.FromPortablePdbImage(System.Collections.Immutable.ImmutableArray.Create(bytes));
                var reader = provider.GetMetadataReader();
                var record = reader.CustomDebugInformation.Select(reader.GetCustomDebugInformation).SingleOrDefault(c => reader.GetGuid(c.Kind) == SourceLinkKind);
                Assert.True(!record.Value.IsNil, $"{id}: {name} has no SourceLink record");

                using var json = JsonDocument.Parse(reader.GetBlobBytes(record.Value));
                var documents = json.RootElement.GetProperty("documents").EnumerateObject().ToList();
                var mapping = Assert.Single(documents);
                Assert.Equal("/_/*", mapping.Name);
                Assert.StartsWith("https://raw.githubusercontent.com/", mapping.Value.GetString(), StringComparison.Ordinal);
                Assert.EndsWith($"/{head}/*", mapping.Value.GetString(), StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Pack_PdbsAndAssemblies_HoldNoBuildMachinePath(string id)
    {
        foreach (var (name, bytes) in packages.Files(packages.SymbolPackage(id), ".pdb"))
        {
            using var provider = MetadataReaderProvider.FromPortablePdbImage(System.Collections.Immutable.ImmutableArray.Create(bytes));
            var reader = provider.GetMetadataReader();
            var documents = reader.Documents.Select(d => reader.GetString(reader.GetDocument(d).Name)).ToList();
            Assert.NotEmpty(documents);
            Assert.All(documents, d => Assert.StartsWith("/_/", d, StringComparison.Ordinal));
            Assert.DoesNotContain(documents, d => d.Contains(Repo.Root, StringComparison.Ordinal));
            var project = Path.GetFileNameWithoutExtension(name);
            Assert.Contains(documents, d => d.StartsWith($"/_/src/{project}/", StringComparison.Ordinal));
        }

        foreach (var (name, bytes) in packages.Files(packages.Package(PackageFixture.ContentId(id)), ".dll").Where(f => Path.GetFileNameWithoutExtension(f.Key) == id))
        {
            using var pe = new PEReader(System.Collections.Immutable.ImmutableArray.Create(bytes));
            var codeView = Assert.Single(pe.ReadDebugDirectory(), e => e.Type == DebugDirectoryEntryType.CodeView);
            var pdbPath = pe.ReadCodeViewDebugDirectoryData(codeView).Path;
            Assert.True(pdbPath.StartsWith("/_/", StringComparison.Ordinal), $"{name}: {pdbPath}");
        }
    }

    [Theory]
    [InlineData("PerfEval")]
    [InlineData("PerfEval.Guangdong")]
    public void Pack_Library_ClaimsTrimmableOnlyWhereTheAnalyzersRan(string id)
    {
        var assemblies = packages.Files(packages.Package(id), $"/{id}.dll");

        Assert.Equal("True", Metadata(assemblies[$"lib/net8.0/{id}.dll"], "IsTrimmable"));
        Assert.Equal("True", Metadata(assemblies[$"lib/net10.0/{id}.dll"], "IsTrimmable"));
        Assert.Null(Metadata(assemblies[$"lib/netstandard2.0/{id}.dll"], "IsTrimmable"));
    }

    /// <summary>The value of an assembly's <c>[AssemblyMetadata(key, value)]</c>, or <see langword="null"/>.</summary>
    private static string? Metadata(byte[] assembly, string key)
    {
        using var pe = new PEReader(System.Collections.Immutable.ImmutableArray.Create(assembly));
        var reader = pe.GetMetadataReader();
        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind != HandleKind.MemberReference)
            {
                continue;
            }

            var parent = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
            if (parent.Kind != HandleKind.TypeReference || reader.GetString(reader.GetTypeReference((TypeReferenceHandle)parent).Name) != "AssemblyMetadataAttribute")
            {
                continue;
            }

            var value = reader.GetBlobReader(attribute.Value);
            value.ReadUInt16(); // prolog
            if (value.ReadSerializedString() == key)
            {
                return value.ReadSerializedString();
            }
        }

        return null;
    }
}
