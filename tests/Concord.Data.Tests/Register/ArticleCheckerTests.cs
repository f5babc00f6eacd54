using Concord.Data.Checking;
using Concord.Data.Ingest;
using Concord.Data.Register;
using Concord.Data.Tests.Ingest;
using Concord.Text.Checking;
using Concord.Text.Normalization;
using Microsoft.EntityFrameworkCore;

namespace Concord.Data.Tests.Register;

/// <summary>The corpus news articles stored with the corpus statement, checked against the stored versions.</summary>
public sealed class ArticleCheckerTests
{
    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Check_HanoiTimesArticle_TravellersBetweenTheCountriesContradictedOnScope(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        int id = await AddCorpusArticleAsync(register, Text.Tests.Corpus.HanoiTimes);

        await using var db = register.Store.Open();
        var check = await ArticleChecker.CheckAsync(db, id);

        Assert.NotNull(check);
        Assert.Equal("viet-nam-japan-2025-04-28", check.StatementKey);
        var travellers = Claim(check.Result, "620,000");
        Assert.Equal(Verdict.Contradicted, travellers.Verdict);
        Assert.Contains(travellers.Differences, d => d.Kind == DifferenceKind.Scope && d.Path == "5.1");
        Assert.All(check.Result.Claims, c => Assert.Equal(c.Text, c.Span.Of(check.Article.Text)));
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Check_RewrittenArticle_OverTwentyBillionOverstatesApproximately(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        int id = await AddCorpusArticleAsync(register, Text.Tests.Corpus.Rewritten);

        await using var db = register.Store.Open();
        var check = await ArticleChecker.CheckAsync(db, id);

        Assert.NotNull(check);
        var claim = Claim(check.Result, "over $20 billion");
        Assert.Equal(Verdict.Overstated, claim.Verdict);
        Assert.Contains(claim.Differences, d => d.Kind == DifferenceKind.Hedge && d.Path == "4.4");
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Check_UnknownArticle_IsNull(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await using var db = register.Store.Open();

        Assert.Null(await ArticleChecker.CheckAsync(db, 4242));
    }

    static CheckedClaim Claim(CheckResult result, string part) =>
        result.Claims.First(c => c.Text.Contains(part, StringComparison.Ordinal));

    static async Task<int> AddCorpusArticleAsync(TestRegister register, string name)
    {
        await using var db = register.Store.Open();
        db.Actor = "concord ingest";
        await StatementIngest.IngestAsync(db, IngestInputs.CorpusPair());
        var statement = await db.Statements.SingleAsync();
        var article = new Article
        {
            StatementId = statement.Id,
            Source = name,
            Language = "en",
            Text = TextNormalizer.Normalize(Text.Tests.Corpus.Read(name)),
            Format = "text",
            Encoding = "utf-8",
            AddedAt = db.Now,
            AddedBy = "lan",
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article.Id;
    }
}
