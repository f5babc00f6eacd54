using System.Text.Json.Nodes;
using Concord.Data.History;
using Concord.Data.Register;
using Concord.Data.Search;
using Concord.Data.Tests.Exchange;
using Microsoft.EntityFrameworkCore;

namespace Concord.Data.Tests.Register;

public sealed class ArticleTests
{
    const string VietnameseText = "Hai bên nhất trí nâng kim ngạch thương mại song phương lên khoảng 50 tỷ USD vào năm 2030.\n";

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Save_VietnameseArticle_ReadsBackEveryFieldUnchanged(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        int statementId = await AddStatementAsync(register);
        await AddArticleAsync(register, statementId);

        await using var read = register.Store.Open();
        var article = await read.Articles.AsNoTracking().SingleAsync();
        Assert.Equal(statementId, article.StatementId);
        Assert.Equal(VietnameseText, article.Text);
        Assert.Equal("Thương mại Việt – Nhật: mục tiêu mới", article.Title);
        Assert.Equal(("vi", "html", "windows-1258", "lan"), (article.Language, article.Format, article.Encoding, article.AddedBy));
        Assert.Equal(new DateOnly(2026, 3, 14), article.Date);
        Assert.Equal(1, article.Version);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Save_NewArticle_IsRecordedInTheHistoryOfItsStatement(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        int statementId = await AddStatementAsync(register);
        await AddArticleAsync(register, statementId);

        await using var read = register.Store.Open();
        var change = await read.Changes.SingleAsync(c => c.Entity == nameof(Article));
        Assert.Equal(("added", "lan", (int?)statementId), (change.Operation, change.Actor, change.StatementId));
        Assert.Contains("\"Source\":\"bao-thuong-mai.html\"", change.After, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Save_ArticleEditedAgainstAStaleVersion_FailsAndKeepsTheFirstEdit(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await AddArticleAsync(register, await AddStatementAsync(register));
        await using var first = register.Store.Open();
        await using var second = register.Store.Open();
        var a = await first.Articles.SingleAsync();
        var b = await second.Articles.SingleAsync();
        a.Title = "first";
        await first.SaveChangesAsync();
        b.Title = "second";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var read = register.Store.Open();
        var stored = await read.Articles.SingleAsync();
        Assert.Equal(("first", 2L), (stored.Title, stored.Version));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Delete_Statement_DeletesItsArticles(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await AddArticleAsync(register, await AddStatementAsync(register));
        await using (var db = register.Store.Open())
        {
            db.Statements.Remove(await db.Statements.SingleAsync());
            await db.SaveChangesAsync();
        }

        await using var read = register.Store.Open();
        Assert.Equal(0, await read.Articles.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Restore_OfABackup_GivesBackTheArticle(string provider)
    {
        await using var source = await TestRegister.CreateAsync(provider);
        await AddArticleAsync(source, await AddStatementAsync(source));
        var (archive, _) = await BackupTests.BackupAsync(source);
        await using var restored = await TestRegister.CreateAsync(provider);

        Assert.Null((await BackupTests.RestoreAsync(restored, archive)).Refusal);

        await using var read = restored.Store.Open();
        var article = await read.Articles.AsNoTracking().SingleAsync();
        Assert.Equal((VietnameseText, "lan"), (article.Text, article.AddedBy));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task AsOf_DayTheArticleWasAdded_ListsItWithTheStatement_DeletedItIsGone(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider, FixedClock.Default);
        int statementId = await AddStatementAsync(register);
        await AddArticleAsync(register, statementId);
        var day = DateOnly.FromDateTime(FixedClock.Default.GetUtcNow().UtcDateTime);

        JsonObject? kept;
        await using (var db = register.Store.Open()) kept = await RegisterAsOf.ReadAsync(db, statementId, day);
        await using (var db = register.Store.Open())
        {
            db.Articles.Remove(await db.Articles.SingleAsync());
            await db.SaveChangesAsync();
        }
        await using var read = register.Store.Open();
        var gone = await RegisterAsOf.ReadAsync(read, statementId, day);

        Assert.NotNull(kept);
        var article = Assert.Single(kept["statement"]!["articles"]!.AsArray());
        Assert.Equal("Thương mại Việt – Nhật: mục tiêu mới", (string?)article!["title"]);
        Assert.Empty(gone!["statement"]!["articles"]!.AsArray());
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Search_FindsAnArticleByItsWordsWithoutDiacritics_AndForgetsItOnceDeleted(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await AddArticleAsync(register, await AddStatementAsync(register));

        SearchPage found;
        int articleId;
        await using (var db = register.Store.Open())
        {
            found = await RegisterSearch.SearchAsync(db, new SearchQuery("kim ngach thuong mai") { Kind = SearchKinds.Article });
            articleId = await db.Articles.Select(a => a.Id).SingleAsync();
        }
        await using (var db = register.Store.Open())
        {
            db.Actor = "lan";
            db.Articles.Remove(await db.Articles.SingleAsync());
            await db.SaveChangesAsync();
        }
        await using var after = register.Store.Open();
        var gone = await RegisterSearch.SearchAsync(after, new SearchQuery("kim ngach thuong mai"));

        var hit = Assert.Single(found.Hits);
        Assert.Equal((SearchKinds.Article, articleId, "vi"), (hit.Kind, hit.RefId, hit.Language));
        Assert.Empty(gone.Hits);
        Assert.Equal(0, await after.SearchEntries.CountAsync(e => e.Kind == SearchKinds.Article));
    }

    static async Task<int> AddStatementAsync(TestRegister register)
    {
        await using var db = register.Store.Open();
        var statement = new Statement
        {
            Key = "aurelia-norvania-2026-03-12",
            Title = "Sample",
            PartyA = "Aurelia",
            PartyB = "Norvania",
            Date = new DateOnly(2026, 3, 12),
        };
        db.Statements.Add(statement);
        await db.SaveChangesAsync();
        return statement.Id;
    }

    static async Task AddArticleAsync(TestRegister register, int statementId)
    {
        await using var db = register.Store.Open();
        db.Actor = "lan";
        db.Articles.Add(new Article
        {
            StatementId = statementId,
            Source = "bao-thuong-mai.html",
            Title = "Thương mại Việt – Nhật: mục tiêu mới",
            Language = "vi",
            Date = new DateOnly(2026, 3, 14),
            Text = VietnameseText,
            Format = "html",
            Encoding = "windows-1258",
            AddedAt = db.Now,
            AddedBy = "lan",
        });
        await db.SaveChangesAsync();
    }
}
