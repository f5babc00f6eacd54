using Concord.Data.Register;
using Concord.Text;
using Concord.Text.Checking;
using Concord.Text.Extraction;
using Microsoft.EntityFrameworkCore;

namespace Concord.Data.Checking;

/// <summary>Checks a stored article against its statement's stored versions. Claims are never stored: the check
/// is fast, and running it on the versions as they are now means a corrected statement corrects every check.
/// The versions are read again with the statement's date, as ingest reads them, so that the spans of the
/// result point into the stored texts.</summary>
public static class ArticleChecker
{
    /// <returns>Null when the register has no such article.</returns>
    public static async Task<ArticleCheck?> CheckAsync(RegisterDb db, int articleId, CancellationToken cancellationToken = default)
    {
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null) return null;
        var statement = await db.Statements.AsNoTracking().Where(s => s.Id == article.StatementId)
            .Select(s => new { s.Key, s.Date }).SingleAsync(cancellationToken);
        var versions = await db.Versions.AsNoTracking().Where(v => v.StatementId == article.StatementId)
            .OrderBy(v => v.Id).ToListAsync(cancellationToken);
        return new ArticleCheck(article, statement.Key, Check(article, versions, statement.Date));
    }

    /// <summary>The check itself, for callers that hold the records already.</summary>
    public static CheckResult Check(Article article, IReadOnlyList<StatementVersion> versions, DateOnly? statementDate)
    {
        var documents = new ExtractedDocument[versions.Count];
        for (int i = 0; i < versions.Count; i++)
            documents[i] = StatementExtractor.Extract(versions[i].Text,
                new ExtractOptions(versions[i].Source, LanguageCodes.Parse(versions[i].Language), statementDate));
        return ClaimChecker.Check(article.Text, documents,
            new CheckOptions(article.Source, LanguageCodes.Parse(article.Language), article.Date));
    }
}
