using Concord.Data.Register;
using Microsoft.EntityFrameworkCore;

namespace Concord.Data.Tests.Storage;

public sealed class RegisterDbTests
{
    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Save_NewStatement_RecordsItsAdditionInTheHistory(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await using (var db = register.Store.Open())
        {
            db.Actor = "alice";
            db.Statements.Add(NewStatement("s1"));
            await db.SaveChangesAsync();
        }

        await using var read = register.Store.Open();
        var change = await read.Changes.SingleAsync();
        var statement = await read.Statements.SingleAsync();
        Assert.Equal(("Statement", statement.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "added", "alice"),
            (change.Entity, change.EntityId, change.Operation, change.Actor));
        Assert.Null(change.Before);
        Assert.Contains("\"Title\":\"Sample\"", change.After, StringComparison.Ordinal);
        Assert.Equal(1, statement.Version);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Save_ModifiedRecord_KeepsBeforeAndAfterAndBumpsTheVersion(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await using (var db = register.Store.Open())
        {
            db.Statements.Add(NewStatement("s1"));
            await db.SaveChangesAsync();
        }
        await using (var db = register.Store.Open())
        {
            var s = await db.Statements.SingleAsync();
            s.Place = "Castellara";
            await db.SaveChangesAsync();
        }

        await using var read = register.Store.Open();
        var change = await read.Changes.OrderBy(c => c.Id).LastAsync();
        Assert.Equal("modified", change.Operation);
        Assert.Contains("\"Place\":null", change.Before, StringComparison.Ordinal);
        Assert.Contains("\"Place\":\"Castellara\"", change.After, StringComparison.Ordinal);
        Assert.Equal(2, (await read.Statements.SingleAsync()).Version);
    }

    [Theory]
    [MemberData(nameof(TestRegister.Providers), MemberType = typeof(TestRegister))]
    public async Task Save_AgainstAStaleVersion_FailsAndChangesNothing(string provider)
    {
        await using var register = await TestRegister.CreateAsync(provider);
        await using (var db = register.Store.Open())
        {
            db.Statements.Add(NewStatement("s1"));
            await db.SaveChangesAsync();
        }
        await using var first = register.Store.Open();
        await using var second = register.Store.Open();
        var a = await first.Statements.SingleAsync();
        var b = await second.Statements.SingleAsync();
        a.Place = "first";
        await first.SaveChangesAsync();
        b.Place = "second";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var read = register.Store.Open();
        Assert.Equal("first", (await read.Statements.SingleAsync()).Place);
        Assert.Equal(2, await read.Changes.CountAsync());
    }

    static Statement NewStatement(string key) => new()
    {
        Key = key,
        Title = "Sample",
        PartyA = "Aurelia",
        PartyB = "Norvania",
        Date = new DateOnly(2026, 3, 12),
    };
}
