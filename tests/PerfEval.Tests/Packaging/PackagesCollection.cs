namespace PerfEval.Tests.Packaging;

/// <summary>The packaging tests share one pack of every package: packing is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Packages";
}
