using Concord.Data.Tests;
using Concord.Data.Tests.Search;
using Concord.Tests.Api;

namespace Concord.Tests.Pages;

public sealed class SearchPageTests
{
    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Search_WithoutMarks_FindsVietnamese_AndMarksTheWords(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider, isPublic: true);
        await SearchSample.AddAsync(host.Store);
        using var vi = new PageClient(host);
        using var en = new PageClient(host).Culture("en");

        var viPage = await vi.PageAsync("/search?q=duong%20sat");
        var enPage = await en.PageAsync("/search?q=duong%20sat&lang=vi");
        var marks = enPage.Document.QuerySelectorAll("ol.results mark").Select(m => m.TextContent.ToLowerInvariant()).ToList();

        Assert.Contains("kết quả", viPage.Document.QuerySelector("#results")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("results", enPage.Document.QuerySelector("#results")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("đường", marks);
        Assert.All(enPage.Document.QuerySelectorAll("ol.results .snippet"), s => Assert.Equal("vi", s.GetAttribute("lang")));
        Assert.Equal("duong sat", enPage.Document.QuerySelector("input#q")!.GetAttribute("value"));
        Assert.Equal("vi", enPage.Document.QuerySelector("select#lang option[selected]")!.GetAttribute("value"));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Search_MarkupInTheQuery_IsEchoedAsText(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider, isPublic: true);
        using var browser = new PageClient(host).Culture("en");

        var page = await browser.PageAsync("/search?q=" + Uri.EscapeDataString("\"><script>alert(1)</script>"));

        Assert.DoesNotContain("<script>alert", page.Html, StringComparison.Ordinal);
        Assert.Equal("\"><script>alert(1)</script>", page.Document.QuerySelector("input#q")!.GetAttribute("value"));
        Assert.Contains("Nothing matched", page.Main, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Search_Empty_ShowsOnlyTheForm(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider, isPublic: true);
        using var browser = new PageClient(host);

        var page = await browser.PageAsync("/search");

        Assert.NotNull(page.Document.QuerySelector("form[role=search] label[for=q]"));
        Assert.Null(page.Document.QuerySelector("#results"));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Search_MoreMatchesThanRanked_SaysMoreThanAndHowToNarrow_PageAndApi(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider, isPublic: true);
        await SearchSample.AddHydropowerAsync(host.Store, Data.Search.SearchQuery.MostRanked + 5);
        using var vi = new PageClient(host);
        using var en = new PageClient(host).Culture("en");

        var first = await vi.PageAsync("/search?q=thuy%20dien");
        var last = await en.PageAsync($"/search?q=thuy%20dien&offset={Data.Search.SearchQuery.MostRanked - 20}");
        var narrowed = await en.PageAsync("/search?q=%22thuy%20dien%20so%2017%20va%22");
        var api = await host.Anonymous().GetJsonAsync("/api/search?q=thuy%20dien&limit=5");

        Assert.Equal("Hơn 2.000 kết quả", first.Document.QuerySelector("#results")!.TextContent.Trim());
        Assert.Contains("thu hẹp", first.Main, StringComparison.Ordinal);
        Assert.Equal(20, first.Document.QuerySelectorAll("ol.results > li").Length);
        Assert.NotNull(first.Document.QuerySelector("a[rel=next]"));
        // The last page of those ranked offers no next page.
        Assert.Equal("More than 2,000 results", last.Document.QuerySelector("#results")!.TextContent.Trim());
        Assert.Equal(20, last.Document.QuerySelectorAll("ol.results > li").Length);
        Assert.Null(last.Document.QuerySelector("a[rel=next]"));
        Assert.Equal("1 result", narrowed.Document.QuerySelector("#results")!.TextContent.Trim());
        Assert.DoesNotContain("narrow", narrowed.Main, StringComparison.Ordinal);
        Assert.Equal(2000, api.GetProperty("total").GetInt32());
        Assert.True(api.GetProperty("capped").GetBoolean());
        Assert.Equal(5, api.Items().Count());
    }
}
