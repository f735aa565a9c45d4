namespace PerfEval.Tests.Server;

/// <summary>
/// A fact that drives Debian's chromium through chromium-driver. It is skipped only when <c>.ci/run</c> could not install
/// them and said why in <c>PERFEVAL_BROWSER_UNAVAILABLE</c>; anywhere else a missing browser fails the test, saying
/// what to install, so a green run always means the page was tested in a real browser.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public const string Driver = "/usr/bin/chromedriver";

    public BrowserFactAttribute()
    {
        var unavailable = Environment.GetEnvironmentVariable("PERFEVAL_BROWSER_UNAVAILABLE");
        if (!string.IsNullOrWhiteSpace(unavailable) && !(File.Exists(Chromium) && File.Exists(Driver)))
        {
            Skip = "No browser: .ci/run could not install chromium and chromium-driver (" + unavailable + ").";
        }
    }
}
