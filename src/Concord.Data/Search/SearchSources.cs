using Concord.Text;
using Concord.Text.Languages;
using Microsoft.EntityFrameworkCore;

namespace Concord.Data.Search;

/// <summary>Reads the texts to index from the register, for some records of a kind or (ids null) all of them.
/// Item texts have their version's language; a commitment the language of its statement's first version (its
/// text is that version's clause); updates and evidence, written by people, the language their text reads as; articles the language they were read in.</summary>
internal static class SearchSources
{
    public static async Task<List<SearchSource>> ReadAsync(RegisterDb db, string kind, List<int>? ids, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case SearchKinds.Item:
            {
                var query = db.ItemTexts.AsNoTracking();
                if (ids is not null) query = query.Where(t => ids.Contains(t.Id));
                var rows = await query.Select(t => new { t.Id, t.Item.StatementId, t.Version.Language, t.Text }).ToListAsync(cancellationToken);
                return rows.ConvertAll(r => new SearchSource(kind, r.Id, r.StatementId, r.Language, r.Text));
            }
            case SearchKinds.Commitment:
            {
                var query = db.Commitments.AsNoTracking();
                if (ids is not null) query = query.Where(c => ids.Contains(c.Id));
                var rows = await query.Select(c => new
                {
                    c.Id,
                    c.StatementId,
                    Language = db.Versions.Where(v => v.StatementId == c.StatementId).OrderBy(v => v.Id).Select(v => v.Language).FirstOrDefault(),
                    c.Text,
                }).ToListAsync(cancellationToken);
                return rows.ConvertAll(r => new SearchSource(kind, r.Id, r.StatementId, r.Language ?? Detect(r.Text), r.Text));
            }
            case SearchKinds.Update:
            {
                var query = from u in db.Updates.AsNoTracking()
                            join c in db.Commitments on u.CommitmentId equals c.Id
                            select new { u.Id, c.StatementId, u.Text };
                if (ids is not null) query = query.Where(u => ids.Contains(u.Id));
                var rows = await query.ToListAsync(cancellationToken);
                return rows.ConvertAll(r => new SearchSource(kind, r.Id, r.StatementId, Detect(r.Text), r.Text));
            }
            case SearchKinds.Evidence:
            {
                var query = from e in db.Evidence.AsNoTracking()
                            join u in db.Updates on e.UpdateId equals u.Id
                            join c in db.Commitments on u.CommitmentId equals c.Id
                            select new { e.Id, c.StatementId, e.Title, e.Url };
                if (ids is not null) query = query.Where(e => ids.Contains(e.Id));
                var rows = await query.ToListAsync(cancellationToken);
                return rows.ConvertAll(r => new SearchSource(kind, r.Id, r.StatementId, Detect(r.Title),
                    string.IsNullOrEmpty(r.Url) ? r.Title : r.Title + "\n" + r.Url));
            }
            case SearchKinds.Article:
            {
                var query = db.Articles.AsNoTracking();
                if (ids is not null) query = query.Where(a => ids.Contains(a.Id));
                var rows = await query.Select(a => new { a.Id, a.StatementId, a.Language, a.Title, a.Text }).ToListAsync(cancellationToken);
                return rows.ConvertAll(r => new SearchSource(kind, r.Id, r.StatementId, r.Language,
                    string.IsNullOrEmpty(r.Title) ? r.Text : r.Title + "\n" + r.Text));
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a kind of search entry");
        }
    }

    static string Detect(string text) => LanguageDetector.Detect(text).Code();
}
