using System.CommandLine;
using Concord.Data.Storage;
using Concord.Web;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;

namespace Concord.Commands;

/// <summary><c>concord demo [--db] [--urls] [--fresh]</c>: a ready register from the project's sample statement, with
/// some tracking and four users, served with public reading on. The register is kept in <c>demo.db</c> beside the
/// default register and reused the next time; <c>--fresh</c> starts it again.</summary>
public static class DemoCommand
{
    public const string FileName = "demo.db";

    public static Command Create()
    {
        var db = new Option<string?>("--db") { Description = $"The demo register: a SQLite file or an empty PostgreSQL database (default: {FileName} in the user's data folder; CONCORD_DB is not used)" };
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => ServeSettings.DefaultUrls };
        var fresh = new Option<bool>("--fresh") { Description = "Delete the demo register and make it again" };
        urls.Validators.Add(r =>
        {
            foreach (var url in r.GetValueOrDefault<string>().Split(';', StringSplitOptions.RemoveEmptyEntries))
                if (!Uri.TryCreate(url, UriKind.Absolute, out var u) || (u.Scheme != "http" && u.Scheme != "https"))
                    r.AddError($"--urls must be http:// or https:// addresses separated by ';', not '{url}'");
        });
        var command = new Command("demo", "Serve a ready register made from the project's sample statement, to see Concord at work") { db, urls, fresh };
        command.SetAction((result, ct) => RunAsync(result.GetValue(db), result.GetValue(urls)!, result.GetValue(fresh),
            result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, ct));
        return command;
    }

    /// <summary>The demo's own file, beside the default register; never CONCORD_DB, which may name a real register.</summary>
    public static string DefaultPath() => Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "concord", FileName);

    static async Task<int> RunAsync(string? place, string urls, bool fresh, TextWriter output, TextWriter error, CancellationToken ct)
    {
        bool own = string.IsNullOrWhiteSpace(place);
        var store = RegisterStore.Resolve(own ? DefaultPath() : place);
        error.WriteLine($"register: {store.Display}");
        if (fresh)
        {
            if (store.FilePath is not { } file)
            {
                error.WriteLine("concord: --fresh deletes a SQLite file; to start a PostgreSQL demo again, give it a new empty database");
                return 1;
            }
            // The demo's own file may always go; another is deleted only when it holds a demo.
            if (!own && File.Exists(file) && await DemoRegister.KindAsync(store, ct) == DemoKind.Other)
            {
                error.WriteLine($"concord: {DemoRegister.NotDemo(store)}");
                return 1;
            }
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
                if (File.Exists(file + suffix)) File.Delete(file + suffix);
        }
        DemoSetup setup;
        try
        {
            setup = await DemoRegister.PrepareAsync(store, () => DemoSamples.Find() is { } folder ? DemoSamples.Load(folder, error) : NoSamples(error), ct);
        }
        catch (RegisterUnavailableException e)
        {
            error.WriteLine($"concord: {e.Message}");
            return 1;
        }
        if (setup.Refusal is { } refusal)
        {
            error.WriteLine($"concord: {refusal}");
            return 1;
        }

        output.WriteLine(setup.Created
            ? $"demo: the sample statement '{setup.StatementKey}' is in a new register, with agencies, assignments and updates"
            : $"demo: the register of the last demo, with the sample statement '{setup.StatementKey}' (--fresh starts it again)");
        output.WriteLine("users (these passwords are shown once; the demo gives new ones each time it starts):");
        foreach (var account in setup.Accounts)
            output.WriteLine($"  {account.UserName,-12} {account.Role,-14} {account.Password}");

        var settings = new ServeSettings(urls, Public: true);
        await using var app = ConcordApp.Build(settings, store, TimeProvider.System);
        try
        {
            await app.StartAsync(ct);
        }
        catch (IOException e)
        {
            error.WriteLine($"concord: cannot listen on {settings.Urls}: {e.Message}");
            return 1;
        }
        foreach (var url in app.Urls)
            output.WriteLine($"open {url.TrimEnd('/')}/ (anyone may read; sign in to change things; Ctrl+C stops)");
        await app.WaitForShutdownAsync(ct);
        SqliteConnection.ClearAllPools();
        return 0;
    }

    static DemoSamples.Sample? NoSamples(TextWriter error)
    {
        error.WriteLine("concord: cannot find the sample statement (samples/statement.vi.txt) beside the executable or in its repository");
        return null;
    }
}
