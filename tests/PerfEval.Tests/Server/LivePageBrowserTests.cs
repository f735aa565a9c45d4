using System.Globalization;
using System.Text.Json;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using PerfEval.Inputs;
using PerfEval.Loading;
using PerfEval.Tests.Support;
using Xunit.Abstractions;

namespace PerfEval.Tests.Server;

/// <summary>
/// The live page in a real browser (headless chromium): an analyst types the Yangxi figures and judgements into the
/// generated form, sees 92.76 and 优, changes the spending and sees the total move. Screenshots of both states are left
/// in the test output folder (screenshots/).
/// </summary>
public sealed class LivePageBrowserTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [BrowserFact]
    public async Task LivePage_YangxiFiguresTyped_Shows9276ExcellentAndMovesWhenTheSpendingChanges()
    {
        Assert.True(File.Exists(BrowserFactAttribute.Chromium) && File.Exists(BrowserFactAttribute.Driver), $"Install Debian's chromium and chromium-driver ({BrowserFactAttribute.Chromium}, {BrowserFactAttribute.Driver}): apt-get install chromium chromium-driver, as .ci/run does.");
        await using var server = await LiveServer.StartAsync();
        using var browser = Start();
        var sample = JsonDocument.Parse(File.ReadAllText(Repo.Samples("yangxi-2023.json")), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip }).RootElement;

        browser.Navigate().GoToUrl(new Uri(server.Url, "?rules=yangxi-department-overall@1.0.0"));
        Until(browser, () => browser.FindElements(By.Id("v-initial_budget")).Count == 1, "the form of the Yangxi rule set");
        Assert.Contains("阳西县", browser.FindElement(By.Id("ruleset")).Text, StringComparison.Ordinal);

        browser.FindElement(By.Id("subject")).SendKeys(sample.GetProperty("subject").GetString()!);
        foreach (var value in sample.GetProperty("values").EnumerateObject())
        {
            Type(browser, value.Name, value.Value);
        }

        foreach (var judgement in sample.GetProperty("judgements").EnumerateObject())
        {
            browser.FindElement(By.Id("j-" + judgement.Name + "-score")).SendKeys(judgement.Value.GetProperty("score").GetRawText());
            browser.FindElement(By.Id("j-" + judgement.Name + "-reason")).SendKeys(judgement.Value.GetProperty("reason").GetString()!);
        }

        Until(browser, () => Text(browser, "total") == "92.76", "the total 92.76");
        Assert.Equal("优", Text(browser, "grade"));
        Assert.Contains("部门预算资金支出完成率", browser.FindElement(By.Id("breakdown")).Text, StringComparison.Ordinal);
        Until(browser, () => browser.FindElement(By.Id("reach")).Displayed, "the reach 优 panel");
        Assert.Contains("已达到“优”", browser.FindElement(By.Id("reach")).Text, StringComparison.Ordinal);
        Screenshot(browser, "live-page-yangxi-2023.png");

        // Spend the whole issued budget: the execution rate becomes 100 %, and the service's own score says what to expect.
        var spending = browser.FindElement(By.Id("v-actual_spending"));
        spending.Clear();
        spending.SendKeys("2774.62");
        var rules = RuleSetCatalog.Shipped.Load("yangxi-department-overall", "1.0.0").GetValueOrThrow();
        var changed = File.ReadAllText(Repo.Samples("yangxi-2023.json")).Replace("\"actual_spending\": 2679.48", "\"actual_spending\": 2774.62", StringComparison.Ordinal);
        var expected = rules.Score(JsonInputReader.Read(changed).GetValueOrThrow()).Total.ToString("0.00", CultureInfo.InvariantCulture);
        Assert.NotEqual("92.76", expected);

        Until(browser, () => Text(browser, "total") == expected, "the total " + expected);
        Assert.Contains("基本经费支出与项目支出之和不等于实际支出", browser.FindElement(By.Id("warnings")).Text, StringComparison.Ordinal);
        Screenshot(browser, "live-page-yangxi-2023-full-spending.png");
    }

    private static ChromeDriver Start()
    {
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(BrowserFactAttribute.Driver)!, Path.GetFileName(BrowserFactAttribute.Driver));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = BrowserFactAttribute.Chromium };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,2400", "--lang=zh-CN");
        return new ChromeDriver(service, options, Patience);
    }

    /// <summary>Types a figure as an analyst would: into its box, or picks 是/否 for a yes/no; a null is left blank.</summary>
    private static void Type(ChromeDriver browser, string name, JsonElement value)
    {
        var field = browser.FindElement(By.Id("v-" + name));
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                break;
            case JsonValueKind.True or JsonValueKind.False:
                field.FindElement(By.CssSelector($"option[value='{(value.GetBoolean() ? "true" : "false")}']")).Click();
                break;
            default:
                field.SendKeys(value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText());
                break;
        }
    }

    private static string Text(ChromeDriver browser, string id) => browser.FindElement(By.Id(id)).Text;

    private static void Until(ChromeDriver browser, Func<bool> condition, string what)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > Patience)
            {
                throw new TimeoutException($"The page did not show {what} in {Patience.TotalSeconds} s; it shows total '{Text(browser, "total")}', status '{Text(browser, "status")}', problems: {Text(browser, "problems")}");
            }

            Thread.Sleep(100);
        }
    }

    private void Screenshot(ChromeDriver browser, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        browser.GetScreenshot().SaveAsFile(path);
        output.WriteLine("screenshot: " + path);
    }
}
