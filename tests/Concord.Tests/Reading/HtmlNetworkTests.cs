using Concord.Reading;

namespace Concord.Tests.Reading;

/// <summary>Reading a page never touches the network: SmartReader's only HTTP handler is one that refuses
/// and counts every request.</summary>
public sealed class HtmlNetworkTests
{
    [Fact]
    public void ReadingAPageWithRemoteImagesAndScripts_AttemptsNoRequest()
    {
        using var file = TempFile.With("page.html", HtmlPages.ArticlePage());
        int before = NoNetworkHandler.Instance.Attempts;

        var read = DocumentReader.Read(file.Path, new ReadOptions());

        Assert.Null(read.Error);
        Assert.Equal(before, NoNetworkHandler.Instance.Attempts);
    }

    [Fact]
    public void SmartReadersHttpHandler_IsTheOneThatRefuses()
    {
        using (var file = TempFile.With("page.html", HtmlPages.BareStatement()))
            DocumentReader.Read(file.Path, new ReadOptions());
        int before = NoNetworkHandler.Instance.Attempts;

        // Asking SmartReader to download a page must end in the refusing handler, not on the network.
        var download = new SmartReader.Reader("http://10.255.255.1/statement.html");
        var article = download.GetArticle();

        Assert.False(article.Completed);
        Assert.Contains(article.Errors, e => e.Message.Contains("does not use the network", StringComparison.Ordinal));
        Assert.Equal(before + 1, NoNetworkHandler.Instance.Attempts);
    }
}
