using Concord.Data;
using Concord.Text.Checking;
using Concord.Web;
using Microsoft.EntityFrameworkCore;

namespace Concord.Features.Articles;

/// <summary>One article of a statement's press section: what it is and how its claims fare.</summary>
public sealed record PressRow(int Id, string Source, string? Title, string Language, DateOnly? Date, DateTime AddedAt, string AddedBy,
    IReadOnlyDictionary<Verdict, int> Counts)
{
    /// <summary>The verdicts in the order a reader looks at them (the order of <see cref="Verdict"/>).</summary>
    public static readonly IReadOnlyList<Verdict> Verdicts = Enum.GetValues<Verdict>();

    public int Claims => Counts.Values.Sum();

    /// <summary>The statement's articles, oldest first, each checked (or taken from what was kept since the last change).</summary>
    public static async Task<IReadOnlyList<PressRow>> LoadAsync(RegisterDb db, RegisterMemo memo, int statementId, CancellationToken cancellationToken)
    {
        var ids = await db.Articles.AsNoTracking().Where(a => a.StatementId == statementId).OrderBy(a => a.AddedAt).ThenBy(a => a.Id)
            .Select(a => a.Id).ToListAsync(cancellationToken);
        var rows = new List<PressRow>(ids.Count);
        foreach (int id in ids)
        {
            if (await ArticlesApi.CheckAsync(db, memo, id, cancellationToken) is not { } check) continue;
            var a = check.Article;
            rows.Add(new PressRow(a.Id, a.Source, a.Title, a.Language, a.Date, a.AddedAt, a.AddedBy, check.Result.Summary.Counts));
        }
        return rows;
    }
}
