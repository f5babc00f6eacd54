using System.Net;
using Concord.Data.Accounts;
using Concord.Data.Tests;
using Concord.Tests.Api;
using Concord.Tests.Pages;
using Concord.Data.Tests.Search;
using Microsoft.EntityFrameworkCore;

namespace Concord.Tests.Security;

/// <summary>SQL and full-text-search syntax sent in every query parameter of every list, page and search: each answer is
/// results or a clear 400, never a 500, and the register is the same afterwards.</summary>
public sealed class InjectionProbeTests
{
    static readonly string[] Hostile =
    [
        "'", "\"", "''; DROP TABLE \"Commitments\"; --", "1 OR 1=1", "1' OR '1'='1", ") OR (1=1", "1; SELECT pg_sleep(5)--",
        "NEAR(ports committee, 2)", "ports*", "*", "\"ports", "ports OR", "AND", "(ports", "ports)", "ports & !x | y", "'ports' <-> 'x'",
        "ports:*", "{Folded}:x", "-ports", "^x", "%", "_", "\\", "cảng' OR 'a'='a", "\u0000", "\uD800", new string('(', 300),
    ];

    static readonly string[] Parameters =
        ["q", "statement", "party", "agency", "status", "pillar", "lang", "kind", "sort", "order", "dueBefore", "asOf", "format", "country",
         "limit", "offset", "overdue", "dueSoon", "isCommitment", "from", "to", "month"];

    static readonly string[] ApiLists =
    [
        "/api/statements", "/api/items", "/api/commitments", "/api/targets", "/api/agencies", "/api/mechanisms", "/api/initiatives",
        "/api/search", "/api/timeline", "/api/calendar.ics", "/api/users", "/api/statements/aurelia-norvania-2026/report",
        "/api/history/commitments/1",
    ];

    static readonly string[] Pages = ["/search", "/timeline", "/agencies", "/initiatives", "/mechanisms", "/registers", "/", "/statements/aurelia-norvania-2026", "/report"];

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task HostileQueryParameters_AreResultsOrA400_NeverA500(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        await using (var db = host.Db()) await Seed.WriteAsync(db);
        var api = await host.ClientAsync(Role.Admin);
        using var browser = await new PageClient(host).SignInAsync(Role.Admin);
        int before = await CountAsync(host);

        var wrong = new List<string>();
        foreach (string value in Hostile)
        {
            string query = "?" + string.Join('&', Parameters.Select(p => p + "=" + Uri.EscapeDataString(value)));
            foreach (string url in ApiLists)
            {
                using var response = await api.GetAsync(url + query);
                if (!Fine(response.StatusCode)) wrong.Add($"{url} [{value}]: {(int)response.StatusCode}");
                // One parameter at a time too, so that a 400 for one does not hide a 500 from another.
                using var alone = await api.GetAsync(url + "?q=" + Uri.EscapeDataString(value));
                if (!Fine(alone.StatusCode)) wrong.Add($"{url}?q= [{value}]: {(int)alone.StatusCode}");
            }
            foreach (string url in Pages)
            {
                var page = await browser.GetAsync(url + query);
                if (!Fine(page.Status)) wrong.Add($"{url} [{value}]: {(int)page.Status}");
                var alone = await browser.GetAsync(url + "?q=" + Uri.EscapeDataString(value));
                if (!Fine(alone.Status)) wrong.Add($"{url}?q= [{value}]: {(int)alone.Status}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Equal(before, await CountAsync(host));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task SearchSyntax_IsReadAsPlainWords_AndAnUnbalancedQuoteIsNoError(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        await SearchSample.AddAsync(host.Store);
        var api = await host.ClientAsync(Role.Viewer);

        var quoted = await api.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("\"duong sat"));
        var near = await api.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("(railway: project*)"));

        Assert.True(quoted.GetProperty("total").GetInt32() >= 1, "quoted: " + quoted);
        Assert.True(near.GetProperty("total").GetInt32() >= 1, "near: " + near);
    }

    static bool Fine(HttpStatusCode status) => (int)status < 500 && status != HttpStatusCode.Unauthorized && status != HttpStatusCode.Forbidden;

    static async Task<int> CountAsync(ApiHost host)
    {
        await using var db = host.Db();
        return await db.Statements.CountAsync() + await db.Commitments.CountAsync() + await db.Users.CountAsync() + await db.Agencies.CountAsync();
    }
}
