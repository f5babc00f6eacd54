using Concord.Data;
using Concord.Data.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Concord.Features.Search;

/// <summary><c>/search?q=</c>: one box over every language version, commitments, updates and evidence, insensitive
/// to case and Vietnamese marks; filters by statement, language and kind; matched words marked.</summary>
public sealed class SearchModel(RegisterDb db) : PageModel
{
    public const int PageSize = 20;
    static readonly string[] Languages = ["vi", "en", "ja"];

    [FromQuery(Name = "q")] public string? Query { get; set; }
    [FromQuery(Name = "statement")] public string? Statement { get; set; }
    [FromQuery(Name = "lang")] public string? Language { get; set; }
    [FromQuery(Name = "kind")] public string? Kind { get; set; }
    [FromQuery(Name = "offset")] public int Offset { get; set; }

    public SearchPage? Results { get; private set; }
    public IReadOnlyList<(string Key, string Title)> Statements { get; private set; } = [];
    public IReadOnlyList<string> LanguageOptions => Languages;
    public IReadOnlyList<string> KindOptions => SearchKinds.All;

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Statements = (await db.Statements.AsNoTracking().OrderByDescending(s => s.Date).ThenBy(s => s.Key).Take(200)
            .Select(s => new { s.Key, s.Title }).ToListAsync(ct)).Select(s => (s.Key, s.Title)).ToList();
        if (!Languages.Contains(Language, StringComparer.Ordinal)) Language = null;
        if (!SearchKinds.All.Contains(Kind, StringComparer.Ordinal)) Kind = null;
        if (string.IsNullOrWhiteSpace(Statement)) Statement = null;
        Offset = Math.Clamp(Offset, 0, 10_000);
        string text = (Query ?? "").Trim();
        if (text.Length == 0) return;
        if (text.Length > 500) text = text[..500];
        Results = await RegisterSearch.SearchAsync(db, new SearchQuery(text)
        {
            StatementKey = Statement, Language = Language, Kind = Kind, Limit = PageSize, Offset = Offset,
        }, ct);
    }

    /// <summary>The address of the same search at another offset.</summary>
    public string At(int offset) => QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Query, ["statement"] = Statement, ["lang"] = Language, ["kind"] = Kind,
        ["offset"] = offset.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent() is var q ? "/search" + q : "/search";

    /// <summary>Where a hit leads: its commitment, else its item in the statement.</summary>
    public static string Link(SearchHit hit) => hit.Kind == SearchKinds.Article
        ? "/articles/" + hit.RefId.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : hit.CommitmentId is { } c
        ? "/commitments/" + c.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : "/statements/" + Uri.EscapeDataString(hit.StatementKey) + (hit.ItemPath is { } p ? "?lang=" + hit.Language + "#item-" + p : "");
}
