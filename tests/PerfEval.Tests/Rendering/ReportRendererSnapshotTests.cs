using PerfEval.Loading;
using PerfEval.Rendering;
using PerfEval.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace PerfEval.Tests.Rendering;

/// <summary>The whole text report of both samples, in Chinese and English, checked line by line against snapshots read by hand against the source report.</summary>
public sealed class ReportRendererSnapshotTests
{
    [Theory]
    [InlineData("yangxi-2023", ReportLanguage.Chinese)]
    [InlineData("yangxi-2023", ReportLanguage.English)]
    [InlineData("dazhou-2023", ReportLanguage.Chinese)]
    [InlineData("dazhou-2023", ReportLanguage.English)]
    public void Render_Sample_MatchesTheSnapshot(string sample, ReportLanguage language)
    {
        var rules = RuleSetLoader.LoadFile(Repo.Rules(sample + ".yaml")).GetValueOrThrow();
        var input = Some.Sample(sample + ".json");

        var text = ReportRenderer.Render(rules.Score(input), rules.Definition, input, new RenderOptions { Language = language });

        Snapshot.Match(text, SnapshotNameExtension.Create(sample, language == ReportLanguage.Chinese ? "zh" : "en"));
    }

    [Fact]
    public void Render_TwoArguments_IsTheChineseReportWithoutTheInput()
    {
        var rules = Some.Yangxi();
        var card = rules.Score(Some.YangxiInput());

        Assert.Equal(
            ReportRenderer.Render(ReportBuilder.Build(card, rules.Definition, null, new RenderOptions { Language = ReportLanguage.Chinese })),
            ReportRenderer.Render(card, rules.Definition));
    }
}
