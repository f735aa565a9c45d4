using PerfEval.Loading;
using PublicApiGenerator;
using Snapshooter;
using Snapshooter.Xunit;

namespace PerfEval.Tests.Conventions;

/// <summary>The public API is approved: any change to it shows up as a snapshot difference to review.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_Library_MatchesApprovedSnapshot()
    {
        var api = typeof(RuleSetLoader).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = new[] { "System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute" },
        });

        Snapshot.Match(api, SnapshotNameExtension.Create("txt"));
    }
}
