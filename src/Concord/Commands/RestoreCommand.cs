using System.CommandLine;
using System.Globalization;
using Concord.Data.Exchange;

namespace Concord.Commands;

/// <summary><c>concord restore FILE [--db ...]</c>: a backup into an empty register, which may use another provider
/// than the one the backup was taken from (a SQLite register moves to PostgreSQL this way).</summary>
public static class RestoreCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "An archive written by `concord backup`" };
        var db = RegisterOption.Create();
        var command = new Command("restore", "Restore a backup into an empty register");
        command.Arguments.Add(file);
        command.Options.Add(db);
        command.SetAction(async (result, cancellationToken) =>
        {
            var error = result.InvocationConfiguration.Error;
            string path = result.GetValue(file)!;
            if (!File.Exists(path))
            {
                await error.WriteLineAsync($"concord: there is no file {path}");
                return 1;
            }
            if (await RegisterOption.OpenAsync(result, db, mustExist: false, cancellationToken) is not { } store) return 1;
            await using var register = store.Open();
            await using var stream = File.OpenRead(path);
            var restored = await RegisterRestore.RestoreAsync(register, stream, cancellationToken);
            if (restored.Manifest is not { } manifest)
            {
                await error.WriteLineAsync($"concord: {path}: {restored.Refusal}");
                return 1;
            }
            await result.InvocationConfiguration.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"restored {path} (taken from {manifest.Provider} at {manifest.CreatedAt:yyyy-MM-dd HH:mm:ss} UTC) into {store.Display}: {BackupSummary.Counts(manifest)}"));
            return 0;
        });
        return command;
    }
}
