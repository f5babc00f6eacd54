using System.CommandLine;
using Concord.Data.Exchange;
using Concord.Formats;

namespace Concord.Commands;

/// <summary><c>concord import FILE.csv|FILE.xlsx [--dry-run] [--json]</c>: an edited export back into the register:
/// statuses, the parties' statuses and agency assignments, each row checked against the version it was exported
/// with. Exit code 1 when the file is refused; rejected rows are in the report, with the accepted ones applied.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A CSV or XLSX file written by `concord export` and edited" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Report what would change and write nothing" };
        var json = new Option<bool>("--json") { Description = "Print the report as a concord.import/1 JSON document" };
        var actor = new Option<string>("--actor") { Description = "The name the history records the changes under (default: the system user name)", DefaultValueFactory = _ => Environment.UserName };
        var db = RegisterOption.Create();
        var command = new Command("import", "Apply an edited CSV/XLSX export: statuses and agency assignments, with a report of what changed and what was rejected");
        command.Arguments.Add(file);
        command.Options.Add(dryRun);
        command.Options.Add(json);
        command.Options.Add(actor);
        command.Options.Add(db);
        command.SetAction(async (result, cancellationToken) =>
        {
            var error = result.InvocationConfiguration.Error;
            string path = result.GetValue(file)!;
            bool dry = result.GetValue(dryRun);
            ImportRead read;
            try
            {
                await using var stream = File.OpenRead(path);
                read = ImportFile.Read(stream, Path.GetFileName(path));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"concord: cannot read {path}: {e.Message}");
                return 1;
            }
            if (read.Table is null)
            {
                await error.WriteLineAsync($"concord: {read.Refusal}; nothing was changed");
                return 1;
            }
            if (await RegisterOption.OpenAsync(result, db, mustExist: true, cancellationToken) is not { } store) return 1;
            await using var register = store.Open();
            var report = await RegisterImport.ApplyAsync(register, read.Table, result.GetValue(actor)!, dry, cancellationToken);
            if (report.Refusal is { } refusal)
            {
                await error.WriteLineAsync($"concord: {Path.GetFileName(path)}: {refusal}; nothing was changed");
                return 1;
            }
            var output = result.InvocationConfiguration.Output;
            if (result.GetValue(json)) await output.WriteLineAsync(ImportReportJson.Write(Path.GetFileName(path), report));
            else ImportReportText.Write(output, Path.GetFileName(path), report);
            return 0;
        });
        return command;
    }
}
