using System.CommandLine;
using Concord.Data.Storage;

namespace Concord.Commands;

/// <summary>The <c>--db</c> option every verb that uses the register takes, and opening the register it names.</summary>
public static class RegisterOption
{
    public static Option<string?> Create() => new("--db")
    {
        Description = $"The register: a SQLite file or a PostgreSQL connection string (default: ${RegisterStore.EnvironmentVariable}, else concord.db in the user's data folder)",
    };

    public static Task<RegisterStore?> OpenAsync(ParseResult result, Option<string?> db, bool mustExist, CancellationToken cancellationToken) =>
        OpenAsync(result.GetValue(db), result.InvocationConfiguration.Error, mustExist, cancellationToken);

    /// <summary>Resolves and migrates the register, saying on stderr where it is; null (after one line on stderr)
    /// when it cannot be opened. With <paramref name="mustExist"/> a SQLite file that is not there is not created.</summary>
    public static async Task<RegisterStore?> OpenAsync(string? value, TextWriter error, bool mustExist, CancellationToken cancellationToken)
    {
        var store = RegisterStore.Resolve(value);
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
}
