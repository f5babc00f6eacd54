using System.Net;
using AngleSharp.Dom;
using Concord.Data.Accounts;
using Concord.Data.Register;
using Concord.Data.Tests;
using Concord.Tests.Api;
using Concord.Tests.Pages;
using Microsoft.EntityFrameworkCore;

namespace Concord.Tests.Security;

/// <summary>Hostile text sent through the API and written where ingest, imports and press articles write, then every page that shows it
/// read back: it must come out as text, never as markup, script, event handler or script link.</summary>
public sealed class XssProbeTests
{
    const string Probe = "\"'><script>alert('x')</script><img src=x onerror=alert(1)><svg onload=alert(2)>Bộ <b>Cảng</b>";
    const string Visible = "<script>alert('x')</script>";

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task StoredAndReflectedProbes_ComeOutAsText_OnEveryPage(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        var (seed, places) = await ArrangeAsync(host);
        using var admin = await new PageClient(host).Culture("en").SignInAsync(Role.Admin);
        string q = Uri.EscapeDataString(Probe);

        string[] pages =
        [
            "/", "/agencies", "/registers", "/timeline", "/initiatives", "/mechanisms", "/admin/agencies", "/admin/users",
            $"/statements/{seed.Key}", $"/statements/{seed.Key}?lang=en", $"/statements/{seed.Key}/report",
            $"/commitments/{seed.Overdue}", .. places,
            "/search?q=alert", "/search?q=script", $"/search?q={q}", $"/search?q=ports&lang={q}&kind={q}&statement={q}",
            $"/statements/{q}", $"/agencies/{q}", $"/signin?returnUrl={q}", $"/timeline?agency={q}&status={q}",
        ];
        var wrong = new List<string>();
        var shown = new List<string>();
        foreach (string url in pages)
        {
            var page = await admin.GetAsync(url);
            if ((int)page.Status >= 500) wrong.Add($"{url}: {(int)page.Status}");
            wrong.AddRange(Dangers(page.Document).Select(d => $"{url}: {d}"));
            if (page.Document.Body?.TextContent.Contains(Visible, StringComparison.Ordinal) == true) shown.Add(url);
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        // The probes were there to be shown: as text.
        Assert.Contains($"/commitments/{seed.Overdue}", shown);
        Assert.Contains($"/statements/{seed.Key}?lang=en", shown);
        Assert.Contains("/agencies", shown);
        Assert.Contains("/admin/users", shown);
        Assert.All(places, p => Assert.Contains(p, shown));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task ScriptLinks_AreRefusedAsEvidence_AndNeverBecomeLinks(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        Seed seed;
        await using (var db = host.Db()) seed = await Seed.WriteAsync(db);
        var coordinator = await host.ClientAsync(Role.Coordinator);
        string etag = (await coordinator.GetAsync($"/api/commitments/{seed.Overdue}")).ETag();

        var refused = new List<HttpStatusCode>();
        foreach (string url in (string[])["javascript:alert(1)", " JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:x", "//evil.example/x", "https:/x"])
        {
            using var response = await coordinator.SendJsonAsync(HttpMethod.Post, $"/api/commitments/{seed.Overdue}/updates",
                new { text = "Checked.", evidence = new[] { new { title = "link", url } } }, etag);
            refused.Add(response.StatusCode);
        }

        Assert.All(refused, s => Assert.Equal(HttpStatusCode.BadRequest, s));
        await using (var db = host.Db()) Assert.Empty(await db.Updates.ToListAsync());
    }

    static async Task<(Seed Seed, string[] Places)> ArrangeAsync(ApiHost host)
    {
        Seed seed;
        int articleId;
        await using (var db = host.Db())
        {
            seed = await Seed.WriteAsync(db);
            var statement = await db.Statements.Include(s => s.Versions).SingleAsync();
            statement.Title = "Title " + Probe;
            statement.Place = Probe;
            foreach (var v in statement.Versions) v.Text = "1. " + Probe + "\n2. Skills";
            foreach (var t in await db.ItemTexts.ToListAsync()) t.Text = Probe + " " + t.Text;
            var overdue = await db.Commitments.SingleAsync(c => c.Id == seed.Overdue);
            overdue.Text = "set up " + Probe;
            overdue.DeadlineText = Probe;
            var target = new Target { CommitmentId = seed.Overdue, Metric = Probe, Unit = Probe, Value = 4, SourceText = Probe };
            target.Measurements.Add(new Measurement { Date = new DateOnly(2026, 3, 1), Value = 2, Source = Probe, RecordedBy = "seed" });
            db.Targets.Add(target);
            // Older data, or an import, may hold what the API now refuses: a script link as evidence.
            var update = new ProgressUpdate { CommitmentId = seed.Overdue, Author = "seed", Text = Probe, Date = new DateOnly(2026, 6, 1) };
            update.Evidence.Add(new Evidence { Kind = EvidenceKind.SelfReported, Title = Probe, Url = "javascript:alert(1)" });
            update.Evidence.Add(new Evidence { Kind = EvidenceKind.SelfReported, Title = "data", Url = " JaVaScRiPt:alert(1)" });
            db.Updates.Add(update);
            var article = RoleMatrixTests.PressArticle(seed.StatementId);
            article.Title = Probe;
            article.Source = Probe;
            article.Text = Probe + "\nAurelia and Norvania agreed to set up a joint ports committee by May 2026. " + Probe;
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            articleId = article.Id;
        }

        var coordinator = await host.ClientAsync(Role.Coordinator);
        var admin = await host.ClientAsync(Role.Admin);
        async Task<int> CreateAsync(string url, object body)
        {
            using var response = await coordinator.SendJsonAsync(HttpMethod.Post, url, body);
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return (await response.ReadAsync()).Id();
        }
        int agency = await CreateAsync("/api/agencies", new { nameVi = Probe, nameEn = Probe, acronym = "<i>X</i>", country = Probe });
        int mechanism = await CreateAsync("/api/mechanisms", new { name = Probe, otherName = Probe, acronym = "<b>", cadenceMonths = 12 });
        await CreateAsync($"/api/mechanisms/{mechanism}/meetings", new { date = "2026-05-01", place = Probe, note = Probe });
        int initiative = await CreateAsync("/api/initiatives", new { kind = "programme", name = Probe, otherName = Probe });
        string etag = (await coordinator.GetAsync($"/api/commitments/{seed.Overdue}")).ETag();
        using (var update = await coordinator.SendJsonAsync(HttpMethod.Post, $"/api/commitments/{seed.Overdue}/updates",
            new { text = Probe, party = Seed.PartyA, evidence = new[] { new { title = Probe, url = "https://example.org/?q=\"><script>alert(3)</script>" } } }, etag))
            Assert.Equal(HttpStatusCode.Created, update.StatusCode);
        await using (var db = host.Db())
        {
            var user = await db.Users.AsNoTracking().FirstAsync(u => u.Role == Role.Coordinator);
            using var named = await admin.SendJsonAsync(HttpMethod.Patch, $"/api/users/{user.UserName}", new { displayName = Probe }, $"\"{user.Version}\"");
            Assert.Equal(HttpStatusCode.OK, named.StatusCode);
            db.CommitmentAgencies.Add(new CommitmentAgency { CommitmentId = seed.Overdue, AgencyId = agency, Party = Seed.PartyA, Role = "support" });
            await db.SaveChangesAsync();
        }
        return (seed, [$"/agencies/{agency}", $"/mechanisms/{mechanism}", $"/initiatives/{initiative}", $"/articles/{articleId}", $"/statements/{seed.Key}/articles"]);
    }

    /// <summary>What in a page could run: an inline script, an event handler attribute, a script link, an injected image.</summary>
    static IEnumerable<string> Dangers(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script"))
            if (!script.HasAttribute("src") || !script.GetAttribute("src")!.StartsWith('/')) yield return "inline or foreign script: " + script.OuterHtml;
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)) yield return $"event handler on <{element.LocalName}>: {attribute.Name}";
                if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href"
                    && attribute.Value.Trim().ToLowerInvariant() is var v && (v.StartsWith("javascript:", StringComparison.Ordinal) || v.StartsWith("data:text", StringComparison.Ordinal) || v.StartsWith("vbscript:", StringComparison.Ordinal)))
                    yield return $"script link on <{element.LocalName}>: {attribute.Value}";
            }
            if (element.LocalName is "img" && element.GetAttribute("src") == "x") yield return "injected image";
            if (element.LocalName is "b" && element.TextContent == "Cảng") yield return "injected markup";
        }
    }
}
