using System.Net;
using System.Text.Json;
using Concord.Data.History;
using Concord.Data.Tests;
using Concord.Load;
using Concord.Tests.Api;
using Concord.Tests.Pages;
using Microsoft.EntityFrameworkCore;

namespace Concord.Tests.Scale;

/// <summary>A small register from the scale generator (bench/Concord.Load) is one the app could have written: its
/// history names every record's statement, the register as of a date reads it back, search finds its words, and
/// every page and list answers.</summary>
public sealed class GeneratedRegisterTests
{
    const int Statements = 20;
    const int Items = 103;

    static async Task<ApiHost> GenerateAsync(string provider)
    {
        var host = await ApiHost.StartAsync(provider, isPublic: true);
        await using var db = host.Db();
        // 5 items a statement and 3 statements with a sixth; batches of about 30 items, so several transactions.
        var generator = new RegisterGenerator(db, seed: 7, Items / Statements) { ExtraItems = Items % Statements, BatchItems = 30 };
        await generator.GenerateAsync(Statements, 1, _ => { });
        Assert.Equal(Items, generator.Items);
        return host;
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Generate_WritesEveryPartOfAStatement_WithItsHistory(string provider)
    {
        await using var host = await GenerateAsync(provider);
        await using var db = host.Db();

        Assert.Equal(Statements, await db.Statements.CountAsync());
        Assert.Equal(2 * Statements, await db.Versions.CountAsync());
        Assert.Equal(Items, await db.Items.CountAsync());
        Assert.Equal(2 * Items, await db.ItemTexts.CountAsync());
        Assert.Equal(Items, await db.Commitments.CountAsync());
        Assert.Equal(Items, await db.CommitmentSources.CountAsync());
        Assert.Equal(3 * Items, await db.Mentions.CountAsync());
        Assert.True(await db.Commitments.AllAsync(c => c.Agencies.Any(a => a.Role == "lead") && c.Targets.Any() && c.Parties.Count == 2));
        Assert.True(await db.Updates.AnyAsync() && await db.Evidence.AnyAsync() && await db.Measurements.AnyAsync());
        // Every mention and source marks its words in its version's text.
        var marks = await db.Mentions.Select(m => new { m.Text, m.SpanStart, m.SpanEnd, Version = db.Versions.Single(v => v.Id == m.VersionId).Text }).ToListAsync();
        Assert.All(marks, m => Assert.Equal(m.Text, m.Version[m.SpanStart..m.SpanEnd]));
        // One change per record, each part of a statement naming it.
        Assert.Equal(Items, await db.Changes.CountAsync(c => c.Entity == "Item" && c.Operation == "added"));
        Assert.Equal(3 * Items, await db.Changes.CountAsync(c => c.Entity == "Mention"));
        Assert.False(await db.Changes.AnyAsync(c => c.StatementId == null && c.Entity != "Agency" && c.Entity != "Mechanism"));
        Assert.False(await db.Changes.AnyAsync(c => c.CommitmentId == null
            && (c.Entity == "Target" || c.Entity == "Measurement" || c.Entity == "ProgressUpdate" || c.Entity == "Evidence" || c.Entity == "CommitmentSource")));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task GeneratedRegister_AsOfADate_ReadsEachStatementBack(string provider)
    {
        await using var host = await GenerateAsync(provider);
        await using var db = host.Db();
        var statement = await db.Statements.OrderBy(s => s.Id).Select(s => new { s.Id, Items = s.Items.Count, Updates = db.Updates.Count(u => db.Commitments.Any(c => c.Id == u.CommitmentId && c.StatementId == s.Id)) }).FirstAsync();
        var today = DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime);

        var asOf = await RegisterAsOf.ReadAsync(db, statement.Id, today);
        var before = await RegisterAsOf.ReadAsync(db, statement.Id, today.AddDays(-1));

        Assert.NotNull(asOf);
        var items = asOf["statement"]!["items"]!.AsArray();
        Assert.Equal(statement.Items, items.Count);
        Assert.All(items, i => Assert.Single(i!["commitments"]!.AsArray()));
        Assert.Equal(statement.Updates, items.Sum(i => i!["commitments"]![0]!["updates"]!.AsArray().Count));
        Assert.Null(before);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task GeneratedRegister_EveryPageAndListAnswers_AndSearchFindsItsWords(string provider)
    {
        await using var host = await GenerateAsync(provider);
        int commitment, agency, mechanism;
        string key;
        await using (var db = host.Db())
        {
            key = await db.Statements.OrderBy(s => s.Id).Select(s => s.Key).FirstAsync();
            commitment = await db.Commitments.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
            agency = await db.Agencies.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
            mechanism = await db.Mechanisms.OrderBy(m => m.Id).Select(m => m.Id).FirstAsync();
        }
        var api = host.Anonymous();
        using var browser = new PageClient(host);

        foreach (string url in new[] { "/api/statements", $"/api/statements/{key}", $"/api/statements/{key}/as-of/2026-06-15", "/api/commitments?limit=50",
            $"/api/commitments?statement={key}", $"/api/commitments/{commitment}", "/api/agencies", "/api/mechanisms", "/api/timeline", $"/api/history/commitments/{commitment}" })
        {
            using var answer = await api.GetAsync(url);
            Assert.True(answer.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)answer.StatusCode}");
        }
        foreach (string page in new[] { "/", $"/statements/{key}", $"/commitments/{commitment}", "/timeline", "/report", $"/statements/{key}/report",
            "/agencies", $"/agencies/{agency}", "/mechanisms", $"/mechanisms/{mechanism}", "/registers", "/search?q=chu+tri" })
            await browser.PageAsync(page);
        Assert.Equal(Statements, await TotalAsync(api, "/api/statements"));
        Assert.Equal(Items, await TotalAsync(api, "/api/search?q=chu%20tri&kind=item"));
        Assert.True(await TotalAsync(api, "/api/search?q=cooperation&lang=en") >= Items);
    }

    static async Task<int> TotalAsync(HttpClient client, string url)
    {
        using var answer = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        using var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("total").GetInt32();
    }
}
