using Concord.Commands;
using Concord.Data.Register;
using Concord.Data.Tests;
using Concord.Features.Accounts;
using Concord.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace Concord.Tests.Commands;

public sealed class DemoCommandTests
{
    static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    static DemoSamples.Sample Samples()
    {
        string folder = DemoSamples.Find() ?? throw new DirectoryNotFoundException("samples/ not found");
        return DemoSamples.Load(folder, TextWriter.Null)!;
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Prepare_EmptyRegister_IngestsTheSampleAndTracksItAsItsUsers(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider, new FixedClock(Now));

        var setup = await DemoRegister.PrepareAsync(register.Store, Samples);

        Assert.Null(setup.Refusal);
        Assert.True(setup.Created);
        Assert.StartsWith("aurelia-norvania-", setup.StatementKey, StringComparison.Ordinal);
        await using var db = register.Store.Open();
        var statement = await db.Statements.SingleAsync();
        Assert.Equal(["en", "ja", "vi"], await db.Versions.Select(v => v.Language).OrderBy(l => l).ToListAsync());
        Assert.Contains(await db.Agencies.ToListAsync(), a => a.NameVi == "Cơ quan Vũ trụ Aurelia" && a.NameEn == "Aurelian Space Agency");
        Assert.True(await db.CommitmentAgencies.CountAsync() >= 8);
        var updates = await db.Updates.Include(u => u.Evidence).ToListAsync();
        Assert.True(updates.Count >= 3, $"{updates.Count} updates");
        Assert.Contains(updates, u => u.Evidence.Count > 0 && u.StatusAfter == CommitmentStatus.InProgress && u.Author == "editor");
        Assert.All(updates, u => Assert.True(u.Date <= DateOnly.FromDateTime(Now.UtcDateTime) && u.Date >= statement.Date));
        Assert.True(await db.Measurements.CountAsync() >= 1);
        Assert.True(await db.Targets.CountAsync(t => t.Baseline != null && t.BaselineDate != null) >= 1);
        Assert.True(await db.Meetings.CountAsync() >= 1);
        var actors = await db.Changes.Select(c => c.Actor).Distinct().ToListAsync();
        Assert.Contains("coordinator", actors);
        Assert.Contains("editor", actors);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Prepare_EmptyRegister_AddsTheSamplePressArticles_WhichTheCheckFaults(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider, new FixedClock(Now));

        await DemoRegister.PrepareAsync(register.Store, Samples);

        await using var db = register.Store.Open();
        var articles = await db.Articles.OrderBy(a => a.Id).Select(a => new { a.Id, a.Language, a.Format, a.Title }).ToListAsync();
        Assert.Equal([("en", "html"), ("vi", "text")], articles.Select(a => (a.Language, a.Format)));
        // The news page's site around it (menu, related stories, footer) is not part of the article.
        var page = await Data.Checking.ArticleChecker.CheckAsync(db, articles[0].Id);
        Assert.DoesNotContain("Related stories", page!.Result.Article.Text, StringComparison.Ordinal);
        var claims = page.Result.Claims;
        // The sample says "more than US$12 billion" of what the statement puts at approximately US$12 billion, and
        // counts visitors both ways where the statement counts Norvanian visitors to Aurelia.
        Assert.Equal(Text.Checking.Verdict.Overstated, claims.Single(c => c.Text.Contains("US$12 billion", StringComparison.Ordinal)).Verdict);
        Assert.Equal(Text.Checking.Verdict.Contradicted, claims.Single(c => c.Text.Contains("410,000", StringComparison.Ordinal)).Verdict);
        Assert.Equal(Text.Checking.Verdict.Supported, claims.Single(c => c.Text.Contains("300 Aurelian doctoral", StringComparison.Ordinal)).Verdict);
        var report = await Data.Checking.ArticleChecker.CheckAsync(db, articles[1].Id);
        Assert.Equal(Text.Checking.Verdict.Contradicted, report!.Result.Claims.Single(c => c.Text.Contains("90.000", StringComparison.Ordinal)).Verdict);
    }

    [Fact]
    public async Task Prepare_EmptyRegister_GivesEachUserAPasswordThatSignsIn()
    {
        await using var register = await TestRegister.CreateAsync("sqlite", new FixedClock(Now));

        var setup = await DemoRegister.PrepareAsync(register.Store, Samples);

        Assert.Equal(["admin", "coordinator", "editor", "viewer"], setup.Accounts.Select(a => a.UserName));
        Assert.Equal(["admin", "coordinator", "agency-editor", "viewer"], setup.Accounts.Select(a => a.Role));
        await using var db = register.Store.Open();
        foreach (var account in setup.Accounts)
            Assert.NotNull((await UserAccounts.SignInAsync(db, account.UserName, account.Password)).User);
        var editor = await db.Users.SingleAsync(u => u.UserName == "editor");
        Assert.Equal("ASA", (await db.Agencies.SingleAsync(a => a.Id == editor.AgencyId)).Acronym);
    }

    [Fact]
    public async Task Prepare_SecondTime_ReusesTheRegisterWithNewPasswords()
    {
        await using var register = await TestRegister.CreateAsync("sqlite", new FixedClock(Now));
        var first = await DemoRegister.PrepareAsync(register.Store, Samples);
        int updates, commitments;
        await using (var db = register.Store.Open())
        {
            updates = await db.Updates.CountAsync();
            commitments = await db.Commitments.CountAsync();
        }

        var second = await DemoRegister.PrepareAsync(register.Store, () => throw new InvalidOperationException("the samples are read only for an empty register"));

        Assert.Null(second.Refusal);
        Assert.False(second.Created);
        Assert.Equal(first.StatementKey, second.StatementKey);
        await using var check = register.Store.Open();
        Assert.Equal(1, await check.Statements.CountAsync());
        Assert.Equal(updates, await check.Updates.CountAsync());
        Assert.Equal(commitments, await check.Commitments.CountAsync());
        Assert.NotEqual(first.Accounts[1].Password, second.Accounts[1].Password);
        Assert.Null((await UserAccounts.SignInAsync(check, "coordinator", first.Accounts[1].Password)).User);
        Assert.NotNull((await UserAccounts.SignInAsync(check, "coordinator", second.Accounts[1].Password)).User);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Prepare_RegisterWithOtherStatements_RefusesAndChangesNothing(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider, new FixedClock(Now));
        await using (var db = register.Store.Open()) await Seed.WriteAsync(db);
        int changes;
        await using (var db = register.Store.Open()) changes = await db.Changes.CountAsync();

        var setup = await DemoRegister.PrepareAsync(register.Store, Samples);

        Assert.Contains("is not a demo register", setup.Refusal, StringComparison.Ordinal);
        await using var check = register.Store.Open();
        Assert.Equal(changes, await check.Changes.CountAsync());
        Assert.Equal(0, await check.Users.CountAsync());
    }

    [Fact]
    public async Task Demo_FreshOnARealRegister_RefusesAndKeepsTheFile()
    {
        await using var register = await TestRegister.CreateAsync("sqlite", new FixedClock(Now));
        await using (var db = register.Store.Open()) await Seed.WriteAsync(db);

        var run = CliRun.Of("demo", "--db", register.Store.FilePath!, "--fresh", "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is not a demo register", run.Error, StringComparison.Ordinal);
        await using var check = register.Store.Open();
        Assert.Equal(1, await check.Statements.CountAsync());
    }

    [Fact]
    public void Samples_AreCopiedBesideTheExecutable()
    {
        string beside = Path.Combine(Path.GetDirectoryName(typeof(DemoCommand).Assembly.Location)!, "samples");

        Assert.Equal(beside, DemoSamples.Find(beside));
        Assert.True(File.Exists(Path.Combine(beside, "statement.vi.txt")));
    }
}
