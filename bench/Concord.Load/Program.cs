using System.Globalization;
using Concord.Data.Storage;
using Concord.Load;
using Microsoft.EntityFrameworkCore;

// Usage: dotnet run -c Release --project bench/Concord.Load -- generate --db PATH|CONNECTION --statements N
//          [--items-per-statement N | --items TOTAL] [--seed N] [--batch ITEMS]
const string Usage = "usage: Concord.Load generate --db PATH|CONNECTION --statements N [--items-per-statement N | --items TOTAL] [--seed N] [--batch ITEMS]";
if (args.Length == 0 || args[0] != "generate")
{
    Console.Error.WriteLine(Usage);
    return 2;
}
string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
int Number(string name, int fallback) =>
    Option(name) is { } text ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : -1 : fallback;
int statements = Number("--statements", 1000);
int perStatement = Number("--items-per-statement", 50);
int total = Number("--items", 0);
int seed = Number("--seed", 1);
int batch = Number("--batch", 1000);
if (statements < 0 || perStatement < 0 || total < 0 || seed < 0 || batch < 0 || (total > 0 && total < statements))
{
    Console.Error.WriteLine(Usage + "\n(numbers are positive; --items is at least --statements)");
    return 2;
}
if (total > 0) perStatement = total / statements;

var store = RegisterStore.Resolve(Option("--db"));
await store.MigrateAsync();
await using var db = store.Open();
int first = await db.Statements.CountAsync() + 1;
long changesBefore = await db.Changes.LongCountAsync();
var started = TimeProvider.System.GetTimestamp();
var generator = new RegisterGenerator(db, seed + first, perStatement) { ExtraItems = total > 0 ? total % statements : 0, BatchItems = batch };
await generator.GenerateAsync(statements, first, done =>
{
    var so = TimeProvider.System.GetElapsedTime(started);
    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{done} statements, {generator.Items} items, {so.TotalSeconds:F0} s, {GC.GetTotalMemory(false) / 1048576} MB managed"));
});
var elapsed = TimeProvider.System.GetElapsedTime(started);
long changes = await db.Changes.LongCountAsync() - changesBefore;
long size = await DatabaseSize.ReadAsync(store);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{statements} statements, {generator.Items} items, {changes} history rows into {store.Display} in {elapsed.TotalSeconds:F1} s: "
    + $"{statements / elapsed.TotalSeconds:F1} statements/s, {generator.Items / elapsed.TotalSeconds:F0} items/s, {changes / elapsed.TotalSeconds:F0} records/s; "
    + $"database {size / 1048576.0:F1} MB"));
return 0;
