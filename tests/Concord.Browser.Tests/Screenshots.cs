using Microsoft.Playwright;

namespace Concord.Browser.Tests;

/// <summary>Pictures of the pages for the README, in docs/screenshots/, taken only when CONCORD_SCREENSHOTS=1 so
/// that ordinary runs leave the committed pictures alone.</summary>
public static class Screenshots
{
    public const string Variable = "CONCORD_SCREENSHOTS";

    public static bool Wanted => Environment.GetEnvironmentVariable(Variable) == "1";

    /// <summary>Saves the page (the whole of it, or what the window shows) as docs/screenshots/<paramref name="name"/>.png
    /// when asked to.</summary>
    public static async Task TakeAsync(IPage page, string name, bool fullPage = true)
    {
        if (!Wanted) return;
        string folder = Path.Combine(RepositoryRoot(), "docs", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = fullPage, Animations = ScreenshotAnimations.Disabled });
    }

    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Concord.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException("Cannot find the repository root (Concord.slnx) above " + AppContext.BaseDirectory);
    }
}
