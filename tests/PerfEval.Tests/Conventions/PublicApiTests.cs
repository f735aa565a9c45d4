using PerfEval.Guangdong;
using PerfEval.Loading;
using PerfEval.Office;
using PublicApiGenerator;
using Snapshooter;
using Snapshooter.Xunit;

namespace PerfEval.Tests.Conventions;

/// <summary>The public API is approved: any change to it shows up as a snapshot difference to review.</summary>
public sealed class PublicApiTests
{
    private static readonly ApiGeneratorOptions Options = new()
    {
        ExcludeAttributes = new[] { "System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute" },
    };

    [Fact]
    public void PublicApi_Library_MatchesApprovedSnapshot()
        => Snapshot.Match(typeof(RuleSetLoader).Assembly.GeneratePublicApi(Options), SnapshotNameExtension.Create("txt"));

    [Fact]
    public void PublicApi_Guangdong_MatchesApprovedSnapshot()
        => Snapshot.Match(typeof(CountyDepartmentReport).Assembly.GeneratePublicApi(Options), SnapshotNameExtension.Create("txt"));

    [Fact]
    public void PublicApi_Office_MatchesApprovedSnapshot()
        => Snapshot.Match(typeof(SelfEvaluationWorkbook).Assembly.GeneratePublicApi(Options), SnapshotNameExtension.Create("txt"));

    [Fact]
    public void PublicApi_Server_MatchesApprovedSnapshot()
        => Snapshot.Match(typeof(PerfEval.Server.PerfEvalServiceOptions).Assembly.GeneratePublicApi(Options), SnapshotNameExtension.Create("txt"));
}
