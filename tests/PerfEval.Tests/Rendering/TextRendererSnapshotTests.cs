using PerfEval.Loading;
using PerfEval.Rendering;
using PerfEval.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace PerfEval.Tests.Rendering;

/// <summary>
/// The whole text output of the department samples and of the project samples (the 项目支出绩效自评表), in English
/// and Chinese, checked line by line against snapshots read by hand (project figures as in samples/project-samples.md).
/// </summary>
public sealed class TextRendererSnapshotTests
{
    [Theory]
    [InlineData("yangxi-2023", ReportLanguage.English)]
    [InlineData("yangxi-2023", ReportLanguage.Chinese)]
    [InlineData("dazhou-2023", ReportLanguage.English)]
    [InlineData("dazhou-2023", ReportLanguage.Chinese)]
    [InlineData("project-national-2024", ReportLanguage.Chinese)]
    [InlineData("project-national-2024", ReportLanguage.English)]
    [InlineData("project-national-2024.not-assessed", ReportLanguage.Chinese)]
    [InlineData("project-regional-2024", ReportLanguage.Chinese)]
    public void Render_Sample_MatchesTheSnapshot(string sample, ReportLanguage language)
    {
        var card = RuleSetLoader.LoadFile(Repo.Rules(sample.Split('.')[0] + ".yaml")).GetValueOrThrow().Evaluate(Some.Sample(sample + ".json")).Value!;

        var text = TextRenderer.Render(card, new RenderOptions { Language = language });

        Snapshot.Match(text, SnapshotNameExtension.Create(sample, language == ReportLanguage.Chinese ? "zh" : "en"));
    }
}
