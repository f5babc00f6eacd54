using System.Text.Json.Nodes;
using Concord.Data;
using Concord.Data.Checking;
using Concord.Data.Register;
using Concord.Formats;
using Concord.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concord.Features.Articles;

/// <summary>Press articles of a statement, checked against its text. Reading is public where the register is.
/// Adding one needs an agency editor or more: it changes no commitment and no claim is stored, yet it is work in
/// the register, signed by its author; deleting one, someone else's work perhaps, needs a coordinator.</summary>
public static class ArticlesApi
{
    public sealed record ArticleSummary(int Id, string Source, string? Title, string Language, DateOnly? Date,
        DateTime AddedAt, string AddedBy, long Version);

    public sealed record NewArticle(string? Text, string? Source, DateOnly? Date);

    public static RouteGroupBuilder MapArticles(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("").WithTags("Articles").RequireAuthorization(Policies.Read);
        group.MapGet("/statements/{key}/articles", ListAsync);
        group.MapPost("/statements/{key}/articles", AddAsync).RequireAuthorization(Policies.Edit).DisableAntiforgery()
            .WithDescription("Add an article: multipart/form-data with a field file (and optional date), or JSON {text, source, date}.");
        group.MapGet("/articles/{id:int}", ReadAsync);
        group.MapDelete("/articles/{id:int}", DeleteAsync).RequireAuthorization(Policies.Coordinate);
        return group;
    }

    static async Task<Results<Ok<List<ArticleSummary>>, ProblemHttpResult>> ListAsync(string key, RegisterDb db)
    {
        var id = await db.Statements.Where(s => s.Key == key).Select(s => (int?)s.Id).SingleOrDefaultAsync();
        if (id is null) return Problems.NotFound($"statement '{key}'");
        var list = await db.Articles.AsNoTracking().Where(a => a.StatementId == id).OrderBy(a => a.AddedAt).ThenBy(a => a.Id)
            .Select(a => new ArticleSummary(a.Id, a.Source, a.Title, a.Language, a.Date, a.AddedAt, a.AddedBy, a.Version))
            .ToListAsync();
        return TypedResults.Ok(list);
    }

    static async Task<Results<Created<ArticleSummary>, ValidationProblem, ProblemHttpResult>> AddAsync(
        string key, HttpRequest request, RegisterDb db, ServeSettings settings)
    {
        var statementId = await db.Statements.Where(s => s.Key == key).Select(s => (int?)s.Id).SingleOrDefaultAsync();
        if (statementId is null) return Problems.NotFound($"statement '{key}'");
        if (request.ContentLength > settings.MaxUploadBytes + 64 * 1024) return Problems.TooLarge(settings.MaxUploadBytes);
        var read = await ArticleRequest.ReadAsync(request, settings.MaxUploadBytes);
        if (read.Problem is { } problem) return problem;
        if (read.Errors.Any) return read.Errors.Problem();
        var article = await SaveAsync(db, statementId.Value, read.Input!, request.HttpContext.User.Name(), request.HttpContext.RequestAborted);
        return TypedResults.Created($"/api/articles/{article.Id}", Summary(article));
    }

    static async Task<Results<ContentHttpResult, ProblemHttpResult>> ReadAsync(int id, RegisterDb db, RegisterMemo memo, HttpContext http)
    {
        var check = await CheckAsync(db, memo, id, http.RequestAborted);
        if (check is null) return Problems.NotFound($"article {id}");
        var json = JsonNode.Parse(CheckJson.Write(check.Result))!.AsObject();
        json.Insert(1, "id", check.Article.Id);
        json.Insert(2, "version", check.Article.Version);
        json.Insert(3, "statement", check.StatementKey);
        ETags.Set(http, check.Article.Version);
        return TypedResults.Text(json.ToJsonString(), "application/json; charset=utf-8");
    }

    static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(int id, RegisterDb db, HttpContext http)
    {
        var article = await db.Articles.SingleOrDefaultAsync(a => a.Id == id);
        if (article is null) return Problems.NotFound($"article {id}");
        db.Actor = http.User.Name();
        db.Articles.Remove(article);
        await db.SaveChangesAsync();
        return TypedResults.NoContent();
    }

    /// <summary>Keeps an article read from a request or a form with its statement, signed by its author.</summary>
    internal static async Task<Article> SaveAsync(RegisterDb db, int statementId, ArticleRequest.ArticleInput input, string author,
        CancellationToken cancellationToken)
    {
        var article = new Article
        {
            StatementId = statementId,
            Source = input.Source,
            Title = input.Title,
            Language = input.Language,
            Date = input.Date,
            Text = input.Text,
            Format = input.Format,
            Encoding = input.Encoding,
            AddedAt = db.Now,
            AddedBy = author,
        };
        db.Actor = author;
        db.Articles.Add(article);
        await db.SaveChangesAsync(cancellationToken);
        return article;
    }

    /// <summary>The check of an article, kept until the register changes.</summary>
    internal static Task<ArticleCheck?> CheckAsync(RegisterDb db, RegisterMemo memo, int id, CancellationToken cancellationToken) =>
        memo.GetAsync(db, "article:" + id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            () => ArticleChecker.CheckAsync(db, id), cancellationToken);

    static ArticleSummary Summary(Article a) => new(a.Id, a.Source, a.Title, a.Language, a.Date, a.AddedAt, a.AddedBy, a.Version);
}
