using System.Globalization;
using Concord.Data.Storage;
using Concord.Load;

// Usage: dotnet run -c Release --project bench/Concord.Load -- generate --db PATH|CONNECTION --statements N [--items N] [--seed N]
if (args.Length == 0 || args[0] != "generate")
{
    Console.Error.WriteLine("usage: Concord.Load generate --db PATH|CONNECTION --statements N [--items N] [--seed N]");
    return 2;
}
string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
int statements = int.Parse(Option("--statements") ?? "1000", CultureInfo.InvariantCulture);
int items = int.Parse(Option("--items") ?? "50", CultureInfo.InvariantCulture);
int seed = int.Parse(Option("--seed") ?? "1", CultureInfo.InvariantCulture);

var store = RegisterStore.Resolve(Option("--db"));
await store.MigrateAsync();
await using var db = store.Open();
int first = db.Statements.Count() + 1;
var started = TimeProvider.System.GetTimestamp();
await new RegisterGenerator(db, seed + first, items).GenerateAsync(statements, first, done =>
{
    if (done % 100 == 0) Console.Error.WriteLine($"{done.ToString(CultureInfo.InvariantCulture)} statements");
});
var elapsed = TimeProvider.System.GetElapsedTime(started);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{statements} statements of {items} items into {store.Display} in {elapsed.TotalSeconds:F1} s ({statements / elapsed.TotalSeconds:F1} statements/s)"));
return 0;
