using System.CommandLine;
using Concord.Data.Storage;

namespace Concord.Commands;

/// <summary>The <c>--db</c> option of the export, import, backup and restore verbs, and opening the register it names.</summary>
public static class ExchangeRegister
{
    public static Option<string?> DbOption() => new("--db")
    {
        Description = $"The register: a SQLite file or a PostgreSQL connection string (default: ${RegisterStore.EnvironmentVariable}, else concord.db in the user's data folder)",
    };

    /// <summary>Resolves and migrates the register, saying on stderr where it is; null (after one line on stderr)
    /// when it cannot be opened. With <paramref name="mustExist"/> a SQLite file that is not there is not created.</summary>
    public static async Task<RegisterStore?> OpenAsync(ParseResult result, Option<string?> db, bool mustExist, CancellationToken cancellationToken)
    {
        var error = result.InvocationConfiguration.Error;
        var store = RegisterStore.Resolve(result.GetValue(db));
        await error.WriteLineAsync($"register: {store.Display}");
        if (mustExist && store.FilePath is { } file && !File.Exists(file))
        {
            await error.WriteLineAsync($"concord: there is no register at {file} (give --db, or set {RegisterStore.EnvironmentVariable})");
            return null;
        }
        try
        {
            await store.MigrateAsync(cancellationToken);
            return store;
        }
        catch (RegisterUnavailableException e)
        {
            await error.WriteLineAsync($"concord: {e.Message}");
            return null;
        }
    }

    /// <summary>Writes a file through a temporary one beside it, so that a failure leaves no half-written file.</summary>
    public static async Task WriteFileAsync(string path, Func<Stream, Task> write, bool overwrite)
    {
        string full = Path.GetFullPath(path);
        string temporary = full + ".partial";
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None))
                await write(stream);
            File.Move(temporary, full, overwrite);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
