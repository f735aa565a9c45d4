using PerfEval.Loading;
using PerfEval.Rendering;
using PerfEval.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace PerfEval.Tests.Rendering;

/// <summary>The whole text output of both samples, in English and Chinese, checked line by line against snapshots read by hand.</summary>
public sealed class TextRendererSnapshotTests
{
    [Theory]
    [InlineData("yangxi-2023", ReportLanguage.English)]
    [InlineData("yangxi-2023", ReportLanguage.Chinese)]
    [InlineData("dazhou-2023", ReportLanguage.English)]
    [InlineData("dazhou-2023", ReportLanguage.Chinese)]
    public void Render_Sample_MatchesTheSnapshot(string sample, ReportLanguage language)
    {
        var card = RuleSetLoader.LoadFile(Repo.Rules(sample + ".yaml")).GetValueOrThrow().Evaluate(Some.Sample(sample + ".json")).Value!;

        var text = TextRenderer.Render(card, new RenderOptions { Language = language });

        Snapshot.Match(text, SnapshotNameExtension.Create(sample, language == ReportLanguage.Chinese ? "zh" : "en"));
    }
}
