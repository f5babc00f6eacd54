using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Concord.Data.Accounts;
using Concord.Features.Accounts;
using Concord.Tests.Api;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;

namespace Concord.Tests.Pages;

/// <summary>A browser without JavaScript on the test server: keeps cookies, reads pages, fills and submits their
/// forms (with the antiforgery token the page gave). Redirects are not followed unless asked.</summary>
public sealed class PageClient : IDisposable
{
    static readonly HtmlParser Parser = new();
    readonly HttpClient http;
    string? chosenCulture;

    public PageClient(ApiHost host) : this(host, host.App.GetTestServer().CreateHandler())
    {
    }

    /// <summary>A client of <paramref name="host"/>'s register whose requests go to <paramref name="server"/>: another
    /// instance of the app, or a balancer over several.</summary>
    public PageClient(ApiHost host, HttpMessageHandler server)
    {
        Host = host;
        var handler = new CookieHandler(Cookies) { InnerHandler = server };
        http = new HttpClient(handler) { BaseAddress = new Uri("http://localhost/") };
    }

    public ApiHost Host { get; }

    public CookieContainer Cookies { get; } = new();

    /// <summary>Chooses the language as the switcher's cookie does.</summary>
    public PageClient Culture(string culture)
    {
        chosenCulture = culture;
        Cookies.Add(new Cookie(".AspNetCore.Culture", $"c={culture}|uic={culture}", "/", "localhost"));
        return this;
    }

    public async Task<PageResponse> GetAsync(string url) => await SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

    /// <summary>GETs and asserts 200.</summary>
    public async Task<PageResponse> PageAsync(string url)
    {
        var page = await GetAsync(url);
        Assert.True(page.Status == HttpStatusCode.OK, $"GET {url}: {(int)page.Status} {page.Location}\n{page.Main}");
        return page;
    }

    public async Task<PageResponse> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields) =>
        await SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) });

    public async Task<PageResponse> PostAsync(string url, HttpContent content) =>
        await SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = content });

    /// <summary>Submits a form of <paramref name="page"/> with its own fields (hidden ones, the antiforgery token,
    /// the chosen options) and <paramref name="values"/> instead where given.</summary>
    public async Task<PageResponse> SubmitAsync(PageResponse page, string selector, IReadOnlyDictionary<string, string>? values = null)
    {
        var form = page.Form(selector);
        var fields = Fields(form);
        foreach (var (name, value) in values ?? new Dictionary<string, string>())
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }
        string action = form.GetAttribute("action") is { Length: > 0 } a ? a : page.Message.RequestMessage!.RequestUri!.PathAndQuery;
        return await PostAsync(action, fields);
    }

    /// <summary>Follows a redirect answer.</summary>
    public async Task<PageResponse> FollowAsync(PageResponse response)
    {
        Assert.True(response.Location is not null, $"Expected a redirect, got {(int)response.Status}:\n{response.Main}");
        return await PageAsync(response.Location!);
    }

    /// <summary>Adds a user of <paramref name="role"/> (who reads the language chosen with <see cref="Culture"/>,
    /// Vietnamese otherwise) and signs in through the sign-in page.</summary>
    public async Task<PageClient> SignInAsync(Role role, int? agencyId = null, string? name = null)
    {
        name ??= Roles.Name(role) + "-" + Guid.NewGuid().ToString("N")[..6];
        await using (var db = Host.Db())
        {
            Assert.Null(await UserAccounts.AddAsync(db, name, ApiHost.Password, role, agencyId));
            if (chosenCulture is { } culture)
            {
                (await db.Users.SingleAsync(u => u.UserName == name)).Culture = culture;
                await db.SaveChangesAsync();
            }
        }
        var page = await PageAsync("/signin");
        var signedIn = await SubmitAsync(page, "main form", new Dictionary<string, string> { ["userName"] = name, ["password"] = ApiHost.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        return this;
    }

    public static List<KeyValuePair<string, string>> Fields(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when input.Name is { Length: > 0 } name:
                    if (input.Type is "submit" or "button" or "file") break;
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked) break;
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement select when select.Name is { Length: > 0 } name:
                    foreach (var option in select.Options.Where(o => o.IsSelected)) fields.Add(new(name, option.Value));
                    break;
                case IHtmlTextAreaElement area when area.Name is { Length: > 0 } name:
                    fields.Add(new(name, area.Value));
                    break;
            }
        }
        return fields;
    }

    async Task<PageResponse> SendAsync(HttpRequestMessage request)
    {
        var response = await http.SendAsync(request);
        string html = await response.Content.ReadAsStringAsync();
        var document = await Parser.ParseDocumentAsync(html);
        return new PageResponse(response.StatusCode, response.Headers.Location?.OriginalString, html, document, response);
    }

    public void Dispose() => http.Dispose();
}
