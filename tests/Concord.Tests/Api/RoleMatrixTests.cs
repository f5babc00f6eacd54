using System.Net;
using Concord.Data.Accounts;
using Concord.Data.Register;
using Concord.Data.Tests;

namespace Concord.Tests.Api;

/// <summary>Every endpoint against every role. Writes are sent with a stale If-Match or an empty body, so that a
/// caller who is allowed gets 412 or 400 and nothing changes between rows; a refused caller gets 401 or 403.
/// The rows are checked against the app's own endpoints, so that a new endpoint without a row fails.</summary>
public sealed class RoleMatrixTests
{
    const string Anonymous = "anonymous", Viewer = "viewer", OwnEditor = "editor-own", OtherEditor = "editor-other", Coordinator = "coordinator", Admin = "admin";
    static readonly string[] Anyone = [Anonymous, Viewer, OwnEditor, OtherEditor, Coordinator, Admin];
    static readonly string[] Everyone = [Viewer, OwnEditor, OtherEditor, Coordinator, Admin];
    static readonly string[] OwnEditors = [OwnEditor, Coordinator, Admin];
    static readonly string[] Coordinators = [Coordinator, Admin];
    static readonly string[] Admins = [Admin];

    sealed record Row(string Method, string Url, string[] Allowed, object? Body = null, bool Stale = false);

    static IEnumerable<Row> Rows(Seed s, int update, int target, int mechanism, int initiative, int article) =>
    [
        new("GET", "/api/statements", Everyone),
        new("GET", $"/api/statements/{s.Key}", Everyone),
        new("GET", $"/api/statements/{s.Key}/as-of/2026-06-15", Everyone),
        new("GET", $"/api/statements/{s.Key}/report", Everyone),
        new("GET", "/api/items", Everyone),
        new("GET", $"/api/items/{s.ItemId}", Everyone),
        new("GET", "/api/commitments", Everyone),
        new("GET", $"/api/commitments/{s.Overdue}", Everyone),
        new("PATCH", $"/api/commitments/{s.Overdue}", OwnEditors, new { status = "stalled" }, Stale: true),
        new("PATCH", $"/api/commitments/{s.Overdue}", Coordinators, new { agencies = Array.Empty<object>() }, Stale: true),
        new("POST", $"/api/commitments/{s.Overdue}/split", Coordinators, new { }, Stale: true),
        new("POST", $"/api/commitments/{s.Overdue}/merge", Coordinators, new { }, Stale: true),
        new("GET", $"/api/commitments/{s.Overdue}/updates", Everyone),
        new("POST", $"/api/commitments/{s.Overdue}/updates", OwnEditors, new { text = "x" }, Stale: true),
        new("POST", $"/api/updates/{update}/evidence", OwnEditors, new { }),
        new("GET", "/api/evidence/1/file", Everyone),
        new("GET", "/api/targets", Everyone),
        new("GET", $"/api/targets/{target}", Everyone),
        new("POST", $"/api/commitments/{s.Overdue}/targets", OwnEditors, new { }),
        new("PATCH", $"/api/targets/{target}", OwnEditors, new { }, Stale: true),
        new("POST", $"/api/targets/{target}/measurements", OwnEditors, new { }),
        new("GET", "/api/agencies", Everyone),
        new("GET", $"/api/agencies/{s.AgencyA}", Everyone),
        new("POST", "/api/agencies", Coordinators, new { }),
        new("PATCH", $"/api/agencies/{s.AgencyA}", Coordinators, new { }, Stale: true),
        new("DELETE", $"/api/agencies/{s.AgencyA}", Coordinators, null, Stale: true),
        new("GET", "/api/mechanisms", Everyone),
        new("GET", $"/api/mechanisms/{mechanism}", Everyone),
        new("POST", "/api/mechanisms", Coordinators, new { }),
        new("PATCH", $"/api/mechanisms/{mechanism}", Coordinators, new { }, Stale: true),
        new("POST", $"/api/mechanisms/{mechanism}/meetings", Coordinators, new { }),
        new("GET", "/api/initiatives", Everyone),
        new("GET", $"/api/initiatives/{initiative}", Everyone),
        new("POST", "/api/initiatives", Coordinators, new { }),
        new("PATCH", $"/api/initiatives/{initiative}", Coordinators, new { }, Stale: true),
        new("GET", $"/api/history/commitments/{s.Overdue}", Everyone),
        new("GET", "/api/search?q=ports", Everyone),
        new("GET", "/api/timeline", Everyone),
        new("GET", $"/api/statements/{s.Key}/articles", Everyone),
        new("POST", $"/api/statements/{s.Key}/articles", [OwnEditor, OtherEditor, Coordinator, Admin], new { }),
        new("GET", $"/api/articles/{article}", Everyone),
        // No such article: an allowed caller gets 404, so nothing is deleted between rows.
        new("DELETE", "/api/articles/999999", Coordinators),
        new("GET", "/api/calendar.ics", Everyone),
        new("GET", "/api/users", Admins),
        new("POST", "/api/users", Admins, new { }),
        new("PATCH", "/api/users/nobody", Admins, new { }, Stale: true),
        new("GET", "/api/session", Everyone),
        new("POST", "/api/session", Anyone, new { }),
        new("DELETE", "/api/session", Anyone),
        // The API's description is documentation, not data: anyone may read it.
        new("GET", "/openapi/v1.json", Anyone),
        new("GET", "/api/reference/", Anyone),
        new("GET", "/api/reference/v1", Anyone),
        new("GET", "/api/reference/scalar.js", Anyone),
        new("GET", "/api/reference/scalar.aspnetcore.js", Anyone),
        new("GET", "/api/reference/favicon.svg", Anyone),
    ];

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task EveryEndpoint_EveryRole_IsAllowedExactlyWhereItShouldBe(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        var (seed, update, target, mechanism, initiative, article) = await ArrangeAsync(host);
        var clients = new Dictionary<string, HttpClient>
        {
            [Anonymous] = host.Anonymous(),
            [Viewer] = await host.ClientAsync(Role.Viewer),
            [OwnEditor] = await host.ClientAsync(Role.AgencyEditor, seed.AgencyA),
            [OtherEditor] = await host.ClientAsync(Role.AgencyEditor, seed.AgencyN),
            [Coordinator] = await host.ClientAsync(Role.Coordinator),
            [Admin] = await host.ClientAsync(Role.Admin),
        };

        var wrong = new List<string>();
        foreach (var row in Rows(seed, update, target, mechanism, initiative, article))
            foreach (var (role, client) in clients)
            {
                using var response = await client.SendJsonAsync(new HttpMethod(row.Method), row.Url, row.Body, row.Stale ? "\"999\"" : null);
                var status = response.StatusCode;
                bool refused = status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
                bool expected = row.Allowed.Contains(role);
                if (refused == expected || (!expected && role == Anonymous && status != HttpStatusCode.Unauthorized) || status == HttpStatusCode.InternalServerError)
                    wrong.Add($"{role,-13} {row.Method,-6} {row.Url}: {(int)status}, expected {(expected ? "allowed" : "refused")}");
            }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        await using var db = host.Db();
        Assert.Equal(1, (await db.Commitments.FindAsync(seed.Overdue))!.Version);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task PublicReading_LetsAnonymousReadEveryListButNotUsers(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider, isPublic: true);
        var (seed, update, target, mechanism, initiative, article) = await ArrangeAsync(host);
        var client = host.Anonymous();

        var wrong = new List<string>();
        foreach (var row in Rows(seed, update, target, mechanism, initiative, article).Where(r => r.Method == "GET"))
        {
            using var response = await client.GetAsync(row.Url);
            bool refused = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
            bool expected = row.Allowed != Admins && !row.Url.EndsWith("/session", StringComparison.Ordinal) || row.Allowed == Anyone;
            if (refused == expected) wrong.Add($"{row.Url}: {(int)response.StatusCode}");
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    public static Article PressArticle(int statementId) => new()
    {
        StatementId = statementId, Source = "press.txt", Language = "en", Format = "text", Encoding = "utf-8", AddedBy = "seed",
        Text = "Aurelia and Norvania agreed to set up a joint ports committee.",
    };

    [Fact]
    public async Task EveryApiEndpoint_HasARow()
    {
        await using var host = await ApiHost.StartAsync("sqlite");
        var rows = Rows(new Seed(1, "key", 1, 1, 1, 1, 1, 2), 1, 1, 1, 1, 1).ToList();

        var missing = AppEndpoints.Api(host.App)
            .Where(e => !rows.Any(r => r.Method == e.Method && e.Matches(r.Url)))
            .Select(e => $"{e.Method} {e.Pattern}").ToList();

        Assert.True(missing.Count == 0, "Endpoints with no row in the matrix:\n" + string.Join("\n", missing));
    }

    static async Task<(Seed, int Update, int Target, int Mechanism, int Initiative, int Article)> ArrangeAsync(ApiHost host)
    {
        await using var db = host.Db();
        var seed = await Seed.WriteAsync(db);
        var update = new ProgressUpdate { CommitmentId = seed.Overdue, Author = "seed", Text = "Begun.", Date = new DateOnly(2026, 6, 1) };
        var target = new Target { CommitmentId = seed.Overdue, Metric = "meetings", Unit = "meetings", Value = 4 };
        var mechanism = new Mechanism { Name = "Ports Committee" };
        var initiative = new Initiative { Kind = "project", Name = "Lanthorn Port" };
        var article = PressArticle(seed.StatementId);
        db.AddRange(update, target, mechanism, initiative, article);
        await db.SaveChangesAsync();
        return (seed, update.Id, target.Id, mechanism.Id, initiative.Id, article.Id);
    }
}
