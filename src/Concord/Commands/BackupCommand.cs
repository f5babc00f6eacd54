using System.CommandLine;
using Concord.Data.Exchange;

namespace Concord.Commands;

/// <summary><c>concord backup FILE</c>: a consistent copy of the register, taken while others go on writing, as
/// one zip that `concord restore` reads into any provider.</summary>
public static class BackupCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The archive to write (a .zip); it must not exist yet" };
        var db = RegisterOption.Create();
        var command = new Command("backup", "Write a consistent copy of the register to one archive");
        command.Arguments.Add(file);
        command.Options.Add(db);
        command.SetAction(async (result, cancellationToken) =>
        {
            var error = result.InvocationConfiguration.Error;
            string path = result.GetValue(file)!;
            if (File.Exists(path))
            {
                await error.WriteLineAsync($"concord: {path} exists; a backup does not overwrite one: choose another name");
                return 1;
            }
            if (await RegisterOption.OpenAsync(result, db, mustExist: true, cancellationToken) is not { } store) return 1;
            await using var register = store.Open();
            BackupManifest? manifest = null;
            try
            {
                await SafeFile.WriteAsync(path, async s => manifest = await RegisterBackup.WriteAsync(register, s, cancellationToken), overwrite: false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"concord: cannot write {path}: {e.Message}");
                return 1;
            }
            await result.InvocationConfiguration.Output.WriteLineAsync($"backup of {store.Display} written to {path}: {BackupSummary.Counts(manifest!)}");
            return 0;
        });
        return command;
    }
}
