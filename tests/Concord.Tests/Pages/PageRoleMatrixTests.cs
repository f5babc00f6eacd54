using System.Net;
using System.Reflection;
using Concord.Data.Accounts;
using Concord.Data.Tests;
using Concord.Features.Accounts;
using Concord.Features.Admin;
using Concord.Features.Articles;
using Concord.Features.Commitments;
using Concord.Features.Culture;
using Concord.Features.ErrorPages;
using Concord.Features.Import;
using Concord.Features.Mechanisms;
using Concord.Tests.Api;
using Concord.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Concord.Tests.Pages;

/// <summary>Every page (GET) and every form (POST, with a valid antiforgery token) against every role: allowed exactly
/// where it should be; refused elsewhere, with a redirect to the sign-in page for anonymous callers and the 403 page
/// for signed-in ones. Forms are sent empty or with a stale version, so an allowed caller changes nothing. The rows are
/// checked against the app's own page routes and the handlers of its page models.</summary>
public sealed class PageRoleMatrixTests
{
    const string Anonymous = "anonymous", Viewer = "viewer", OwnEditor = "editor-own", OtherEditor = "editor-other", Coordinator = "coordinator", Admin = "admin";
    static readonly string[] Anyone = [Anonymous, Viewer, OwnEditor, OtherEditor, Coordinator, Admin];
    /// <summary>Marks the rows for readers: everyone signed in, and anonymous callers too when reading is public.</summary>
    static readonly string[] Readers = [Viewer, OwnEditor, OtherEditor, Coordinator, Admin];
    static readonly string[] OwnEditors = [OwnEditor, Coordinator, Admin];
    static readonly string[] Coordinators = [Coordinator, Admin];
    static readonly string[] Admins = [Admin];

    sealed record Row(string Method, string Url, string[] Allowed, Type? Page = null, string Handler = "");

    static Row Form(Type page, string handler, string url, string[] allowed) => new("POST", url, allowed, page, handler);

    static IEnumerable<Row> Rows(RegisterSample r, int article = 1, int deletable = 2)
    {
        var s = r.Seed;
        return
        [
            new("GET", "/", Readers),
            new("GET", "/admin", Coordinators),
            new("GET", "/admin/agencies", Coordinators),
            new("GET", "/admin/users", Admins),
            new("GET", "/agencies", Readers),
            new("GET", $"/agencies/{s.AgencyA}", Readers),
            new("GET", $"/commitments/{s.Overdue}", Readers),
            new("GET", "/culture", Anyone),
            new("GET", "/error/404", Anyone),
            new("GET", "/import", Coordinators),
            new("GET", "/initiatives", Readers),
            new("GET", $"/initiatives/{r.Programme}", Readers),
            new("GET", "/mechanisms", Readers),
            new("GET", $"/mechanisms/{r.Committee}", Readers),
            new("GET", "/registers", Readers),
            new("GET", "/report", Readers),
            new("GET", "/search?q=ports", Readers),
            new("GET", "/signin", Anyone),
            new("GET", "/signout", Anyone),
            new("GET", $"/statements/{s.Key}", Readers),
            new("GET", $"/statements/{s.Key}/report", Readers),
            new("GET", "/timeline", Readers),
            new("GET", $"/statements/{s.Key}/articles", Readers),
            new("GET", $"/articles/{article}", Readers),
            Form(typeof(SignInModel), "", "/signin", Anyone),
            Form(typeof(CultureModel), "", "/culture", Anyone),
            Form(typeof(ErrorModel), "", "/error/404", Anyone),
            Form(typeof(AgenciesModel), "Add", "/admin/agencies?handler=Add", Coordinators),
            Form(typeof(AgenciesModel), "Save", $"/admin/agencies?handler=Save&id={s.AgencyA}", Coordinators),
            Form(typeof(UsersModel), "Add", "/admin/users?handler=Add", Admins),
            Form(typeof(UsersModel), "Save", "/admin/users?handler=Save&name=nobody", Admins),
            Form(typeof(MechanismModel), "Meeting", $"/mechanisms/{r.Committee}?handler=Meeting", Coordinators),
            Form(typeof(CommitmentModel), "Update", $"/commitments/{s.Overdue}?handler=Update", OwnEditors),
            Form(typeof(CommitmentModel), "Edit", $"/commitments/{s.Overdue}?handler=Edit", Coordinators),
            Form(typeof(ImportModel), "Preview", "/import?handler=Preview", Coordinators),
            Form(typeof(ImportModel), "Save", "/import?handler=Save&id=0123456789abcdef", Coordinators),
            Form(typeof(ImportModel), "Cancel", "/import?handler=Cancel&id=0123456789abcdef", Coordinators),
            Form(typeof(ImportModel), "UpdatesPreview", "/import?handler=UpdatesPreview", Coordinators),
            Form(typeof(ImportModel), "UpdatesApply", "/import?handler=UpdatesApply&id=0123456789abcdef", Coordinators),
            Form(typeof(ImportModel), "UpdatesCancel", "/import?handler=UpdatesCancel&id=0123456789abcdef", Coordinators),
            Form(typeof(PressModel), "", $"/statements/{s.Key}/articles", [OwnEditor, OtherEditor, Coordinator, Admin]),
            // The first coordinator deletes it; whoever comes after finds it gone (404), which is not a refusal.
            Form(typeof(ArticleModel), "Delete", $"/articles/{deletable}?handler=Delete", Coordinators),
            // Last: it ends the caller's session.
            Form(typeof(SignOutModel), "", "/signout", Anyone),
        ];
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task EveryPageAndForm_EveryRole_IsAllowedExactlyWhereItShouldBe(string provider, bool isPublic)
    {
        await using var host = await ApiHost.StartAsync(provider, isPublic);
        RegisterSample sample;
        int article, deletable;
        await using (var db = host.Db())
        {
            sample = await RegisterSample.WriteAsync(db);
            var kept = RoleMatrixTests.PressArticle(sample.Seed.StatementId);
            var deleted = RoleMatrixTests.PressArticle(sample.Seed.StatementId);
            db.Articles.AddRange(kept, deleted);
            await db.SaveChangesAsync();
            (article, deletable) = (kept.Id, deleted.Id);
        }
        var browsers = new Dictionary<string, PageClient>
        {
            [Anonymous] = new PageClient(host),
            [Viewer] = await new PageClient(host).SignInAsync(Role.Viewer),
            [OwnEditor] = await new PageClient(host).SignInAsync(Role.AgencyEditor, sample.Seed.AgencyA),
            [OtherEditor] = await new PageClient(host).SignInAsync(Role.AgencyEditor, sample.Seed.AgencyN),
            [Coordinator] = await new PageClient(host).SignInAsync(Role.Coordinator),
            [Admin] = await new PageClient(host).SignInAsync(Role.Admin),
        };
        long version;
        await using (var db = host.Db()) version = (await db.Commitments.FindAsync(sample.Seed.Overdue))!.Version;

        var wrong = new List<string>();
        foreach (var (role, browser) in browsers)
        {
            string token = await TokenAsync(browser);
            foreach (var row in Rows(sample, article, deletable))
            {
                var answer = row.Method == "GET"
                    ? await browser.GetAsync(row.Url)
                    : await browser.PostAsync(row.Url, [new("__RequestVerificationToken", token)]);
                bool expected = row.Allowed.Contains(role) || (row.Allowed == Readers && isPublic && role == Anonymous);
                string? problem = Judge(role, expected, answer);
                if (problem is not null) wrong.Add($"{role,-13} {row.Method,-4} {row.Url}: {(int)answer.Status} {answer.Location}, {problem}");
            }
        }
        foreach (var b in browsers.Values) b.Dispose();

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        await using var after = host.Db();
        Assert.Equal(version, (await after.Commitments.FindAsync(sample.Seed.Overdue))!.Version);
        Assert.Equal(2, after.Agencies.Count());
    }

    [Fact]
    public async Task EveryPageRouteAndFormHandler_HasARow()
    {
        await using var host = await ApiHost.StartAsync("sqlite");
        var rows = Rows(new RegisterSample(new Seed(1, "key", 1, 1, 1, 1, 1, 2), 1, 2, 3, 4, 5)).ToList();

        var pages = AppEndpoints.Pages(host.App).Where(p => !rows.Any(r => r.Method == "GET" && p.Matches(r.Url))).Select(p => "GET " + p.Pattern);
        var forms = FormHandlers().Where(f => !rows.Any(r => r.Page == f.Page && r.Handler == f.Handler)).Select(f => $"POST {f.Page.Name} {f.Handler}");

        var missing = pages.Concat(forms).ToList();
        Assert.True(missing.Count == 0, "Pages and forms with no row in the matrix:\n" + string.Join("\n", missing));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task EveryForm_WithoutAnAntiforgeryToken_IsRefused(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        RegisterSample sample;
        await using (var db = host.Db()) sample = await RegisterSample.WriteAsync(db);
        using var admin = await new PageClient(host).SignInAsync(Role.Admin);

        var wrong = new List<string>();
        // The error page draws refusals of any method, so it takes no token.
        foreach (var row in Rows(sample).Where(r => r.Method == "POST" && r.Page != typeof(ErrorModel)))
        {
            var answer = await admin.PostAsync(row.Url, [new("culture", "en")]);
            if (answer.Status != HttpStatusCode.BadRequest) wrong.Add($"POST {row.Url}: {(int)answer.Status} {answer.Location}");
        }

        Assert.True(wrong.Count == 0, "Accepted without an antiforgery token:\n" + string.Join("\n", wrong));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/")).Status);
    }

    public static TheoryData<string, bool> Modes()
    {
        var data = new TheoryData<string, bool>();
        foreach (string provider in TestRegister.Providers) { data.Add(provider, false); data.Add(provider, true); }
        return data;
    }

    /// <summary>Null when the answer is what the role should get; else what is wrong with it.</summary>
    static string? Judge(string role, bool expected, PageResponse answer)
    {
        if ((int)answer.Status >= 500) return "server error";
        bool toSignIn = answer.Status == HttpStatusCode.Redirect && (answer.Location ?? "").StartsWith("/signin", StringComparison.Ordinal);
        bool forbidden = answer.Status == HttpStatusCode.Forbidden;
        if (expected) return toSignIn || forbidden ? "expected allowed" : null;
        if (role == Anonymous) return toSignIn ? null : "expected a redirect to sign in";
        if (!forbidden) return "expected 403";
        return answer.Document.QuerySelector("main h1") is null ? "expected the 403 page" : null;
    }

    static async Task<string> TokenAsync(PageClient browser)
    {
        var page = await browser.PageAsync("/signin");
        return page.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
    }

    static IEnumerable<(Type Page, string Handler)> FormHandlers() =>
        typeof(ConcordApp).Assembly.GetTypes()
            .Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal))
                .Select(m => (t, m.Name["OnPost".Length..] is var h && h.EndsWith("Async", StringComparison.Ordinal) ? h[..^"Async".Length] : h)))
            .Distinct();
}
