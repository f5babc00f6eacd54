using System.Net;
using System.Text;
using Concord.Data.Accounts;
using Concord.Data.Register;
using Concord.Data.Tests;

namespace Concord.Tests.Api;

public sealed class TimelineApiTests
{
    static async Task<(ApiHost Host, Seed Seed, HttpClient Client)> StartAsync(string provider)
    {
        var host = await ApiHost.StartAsync(provider);
        Seed seed;
        await using (var db = host.Db())
        {
            seed = await Seed.WriteAsync(db);
            var festival = new Initiative { Kind = "event", Name = "Lễ hội Cảng biển", Date = new DateOnly(2026, 9, 5) };
            db.Initiatives.Add(festival);
            await db.SaveChangesAsync();
            db.Mentions.Add(new Mention { ItemId = seed.ItemId, VersionId = db.Versions.First().Id, Text = festival.Name, InitiativeId = festival.Id });
            await db.SaveChangesAsync();
        }
        return (host, seed, await host.ClientAsync(Role.Viewer));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Timeline_OneStatement_GivesDeadlinesAndEventsInDateOrder(string provider)
    {
        var (host, seed, client) = await StartAsync(provider);
        await using var _ = host;

        var timeline = await client.GetJsonAsync($"/api/timeline?statement={seed.Key}");

        var rows = timeline.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(["deadline", "deadline", "deadline", "event"], rows.Select(r => r.Str("kind")));
        Assert.Equal([seed.Completed, seed.Overdue, seed.DueSoon], rows.Take(3).Select(r => r.Id()));
        // The deadline's range (from 1 January) begins before the statement's date (20 January): the bar starts with it.
        Assert.Equal(("overdue", "2026-01-01", "2026-05-31"), (rows[1].Str("state"), rows[1].Str("start"), rows[1].Str("end")));
        Assert.Equal("Lễ hội Cảng biển", rows[3].Str("label"));
        Assert.Equal(("2026-06-15", 3), (timeline.Str("today"), timeline.GetProperty("total").GetInt32()));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Timeline_Filters_ByAgencyStatusAndPillar(string provider)
    {
        var (host, seed, client) = await StartAsync(provider);
        await using var _ = host;

        var agency = await client.GetJsonAsync($"/api/timeline?agency={seed.AgencyN}");
        var status = await client.GetJsonAsync("/api/timeline?status=completed,not-started");
        var pillar = await client.GetJsonAsync($"/api/timeline?statement={seed.Key}&pillar=1");

        Assert.Equal([seed.DueSoon], agency.GetProperty("rows").EnumerateArray().Select(r => r.Id()));
        Assert.Equal([seed.Completed, seed.Overdue], status.GetProperty("rows").EnumerateArray().Select(r => r.Id()));
        Assert.Equal(["deadline", "event"], pillar.GetProperty("rows").EnumerateArray().Select(r => r.Str("kind")));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Timeline_BadStatusOrUnknownStatement_IsAProblem(string provider)
    {
        var (host, _, client) = await StartAsync(provider);
        await using var __ = host;

        using var bad = await client.GetAsync("/api/timeline?status=late&limit=0");
        using var unknown = await client.GetAsync("/api/timeline?statement=nothing-here");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.ReadAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("status", out _) && errors.TryGetProperty("limit", out _));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Calendar_PerAgency_HoldsThatAgencysDeadlinesUnderEveryStatement(string provider)
    {
        var (host, seed, client) = await StartAsync(provider);
        await using var _ = host;
        await using (var db = host.Db())
        {
            var second = await Seed.WriteAsync(db, "aurelia-norvania-2027");
            var c = db.CommitmentAgencies.Single(a => a.CommitmentId == second.DueSoon);
            c.AgencyId = seed.AgencyN;
            await db.SaveChangesAsync();
        }

        using var response = await client.GetAsync($"/api/calendar.ics?agency={seed.AgencyN}&lang=en");
        string ics = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(ics, "BEGIN:VEVENT"));
        Assert.Contains($"commitment-{seed.DueSoon}.{seed.Key}@concord", ics, StringComparison.Ordinal);
        Assert.Contains(".aurelia-norvania-2027@concord", ics, StringComparison.Ordinal);
        Assert.Contains("Norvanian Skills Agency", ics, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Calendar_OneStatement_HasItsDeadlinesAndEvents_AndRefusesUnknownsAndStrangers(string provider)
    {
        var (host, seed, client) = await StartAsync(provider);
        await using var _ = host;

        using var response = await client.GetAsync($"/api/calendar.ics?statement={seed.Key}");
        using var agency = await client.GetAsync("/api/calendar.ics?agency=999999");
        using var statement = await client.GetAsync("/api/calendar.ics?statement=nothing-here");
        using var stranger = await host.Anonymous().GetAsync($"/api/calendar.ics?statement={seed.Key}");
        string ics = await response.Content.ReadAsStringAsync();

        Assert.Equal(4, CountOf(ics, "BEGIN:VEVENT"));
        Assert.Contains("Lễ hội Cảng biển", ics, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.Unauthorized), (agency.StatusCode, statement.StatusCode, stranger.StatusCode));
    }

    static int CountOf(string text, string what)
    {
        int count = 0;
        for (int i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
