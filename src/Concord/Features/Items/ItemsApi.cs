using Concord.Data;
using Concord.Data.Register;
using Concord.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concord.Features.Items;

/// <summary><c>/api/items</c>: the points and items of statements, with their text in every language version.</summary>
public static class ItemsApi
{
    public sealed record ItemTextView(int VersionId, string Language, string Path, string Label, string? Heading, string Text, int SpanStart, int SpanEnd, double AlignScore);

    public sealed record IssueView(string Kind, string Detail);

    public sealed record ItemView(int Id, string Statement, string Path, string Pillar, string Kind, int Ordinal,
        IReadOnlyList<ItemTextView> Texts, IReadOnlyList<IssueView> Issues, IReadOnlyList<int> Commitments);

    public sealed record MentionView(int ItemId, string Statement, string ItemPath, string Text);

    public static RouteGroupBuilder MapItems(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/items").WithTags("Items").RequireAuthorization(Policies.Read);
        group.MapGet("/", ListAsync).CacheOutput(RegisterCache.Name);
        group.MapGet("/{id:int}", ReadAsync);
        return group;
    }

    static async Task<Results<Ok<Page<ItemView>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        RegisterDb db, string? statement, string? pillar, int? limit, int? offset)
    {
        var errors = new Errors();
        var paging = Paging.Read(limit, offset, errors);
        if (errors.Any) return errors.Problem();
        var query = db.Items.AsNoTracking();
        if (statement is not null)
        {
            if (await db.Statements.Where(s => s.Key == statement).Select(s => (int?)s.Id).SingleOrDefaultAsync() is not { } sid)
                return Problems.NotFound($"statement '{statement}'");
            query = query.Where(i => i.StatementId == sid);
        }
        if (pillar is not null) query = query.Where(i => i.Pillar == pillar);
        int total = await query.CountAsync();
        var ids = await query.OrderBy(i => i.StatementId).ThenBy(i => i.Ordinal).Skip(paging.Offset).Take(paging.Limit).Select(i => i.Id).ToListAsync();
        return TypedResults.Ok(paging.Of(await LoadAsync(db, ids), total));
    }

    static async Task<Results<Ok<ItemView>, ProblemHttpResult>> ReadAsync(int id, RegisterDb db)
    {
        var items = await LoadAsync(db, [id]);
        return items.Count == 0 ? Problems.NotFound($"item {id}") : TypedResults.Ok(items[0]);
    }

    /// <summary>The items with these ids, in the order given, with texts, issues and commitment ids.</summary>
    public static async Task<IReadOnlyList<ItemView>> LoadAsync(RegisterDb db, IReadOnlyCollection<int> ids)
    {
        var items = await db.Items.AsNoTracking().Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, Statement = i.Statement.Key, i.Path, i.Pillar, i.Kind, i.Ordinal }).ToListAsync();
        var texts = (await db.ItemTexts.AsNoTracking().Where(t => ids.Contains(t.ItemId))
            .Select(t => new { t.ItemId, View = new ItemTextView(t.VersionId, t.Version.Language, t.Path, t.Label, t.Heading, t.Text, t.SpanStart, t.SpanEnd, t.AlignScore) })
            .ToListAsync()).ToLookup(t => t.ItemId, t => t.View);
        var issues = (await db.AlignmentIssues.AsNoTracking().Where(a => ids.Contains(a.ItemId)).ToListAsync())
            .ToLookup(a => a.ItemId, a => new IssueView(a.Kind, a.Detail));
        var commitments = (await db.Commitments.AsNoTracking().Where(c => ids.Contains(c.ItemId))
            .OrderBy(c => c.Ordinal).ThenBy(c => c.Id).Select(c => new { c.ItemId, c.Id }).ToListAsync()).ToLookup(c => c.ItemId, c => c.Id);
        var byId = items.ToDictionary(i => i.Id);
        return ids.Where(byId.ContainsKey).Select(id => byId[id]).Select(i => new ItemView(i.Id, i.Statement, i.Path, i.Pillar, i.Kind, i.Ordinal,
            texts[i.Id].OrderBy(t => t.VersionId).ToList(), issues[i.Id].ToList(), commitments[i.Id].ToList())).ToList();
    }

    /// <summary>Where these mentions are: the statement and item of each, in statement and item order.</summary>
    public static async Task<IReadOnlyList<MentionView>> MentionsAsync(RegisterDb db, IQueryable<Mention> mentions) =>
        await mentions.AsNoTracking()
            .Join(db.Items, m => m.ItemId, i => i.Id, (m, i) => new { m, i })
            .OrderBy(x => x.i.StatementId).ThenBy(x => x.i.Ordinal).ThenBy(x => x.m.Id)
            .Select(x => new MentionView(x.i.Id, x.i.Statement.Key, x.i.Path, x.m.Text))
            .ToListAsync();
}
