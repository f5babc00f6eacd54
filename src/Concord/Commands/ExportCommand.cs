using System.CommandLine;
using System.Text;
using Concord.Data.Exchange;
using Microsoft.EntityFrameworkCore;

namespace Concord.Commands;

/// <summary><c>concord export STATEMENT-KEY --format csv|xlsx|json|ics [--lang vi|en] [--agency ID] [-o FILE]</c>:
/// a statement's register as a sheet to edit and import back, a JSON document, or a calendar of its deadlines.</summary>
public static class ExportCommand
{
    static readonly string[] Formats = ["csv", "xlsx", "json", "ics"];

    public static Command Create()
    {
        var key = new Argument<string>("statement") { Description = "The statement's key, as `concord ingest` printed it" };
        var format = new Option<string?>("--format") { Description = "csv, xlsx, json or ics (default: from the -o file's extension, else csv)" };
        format.AcceptOnlyFromAmong(Formats);
        var lang = new Option<string>("--lang") { Description = "The language of headers and statuses: vi or en", DefaultValueFactory = _ => "vi" };
        lang.AcceptOnlyFromAmong("vi", "en");
        var agency = new Option<string?>("--agency") { Description = "Only the commitments this agency is assigned to (its id, name or acronym)" };
        var output = new Option<string?>("--output", "-o") { Description = "The file to write (default: standard output; for xlsx, STATEMENT-KEY.xlsx)" };
        var db = RegisterOption.Create();
        var command = new Command("export", "Export a statement's register as CSV, XLSX, JSON or an iCalendar feed");
        command.Arguments.Add(key);
        command.Options.Add(format);
        command.Options.Add(lang);
        command.Options.Add(agency);
        command.Options.Add(output);
        command.Options.Add(db);
        command.SetAction(async (result, cancellationToken) =>
        {
            var error = result.InvocationConfiguration.Error;
            string? file = result.GetValue(output);
            string kind = result.GetValue(format) ?? FormatOf(file) ?? "csv";
            string language = result.GetValue(lang)!;
            if (await RegisterOption.OpenAsync(result, db, mustExist: true, cancellationToken) is not { } store) return 1;
            await using var register = store.Open();
            int? agencyId = null;
            if (result.GetValue(agency) is { } named)
            {
                var (found, problem) = new AgencyNames(await register.Agencies.ToListAsync(cancellationToken)).Find(named);
                if (found is null) { await error.WriteLineAsync($"concord: --agency: {problem}"); return 1; }
                agencyId = found.Id;
            }
            string statement = result.GetValue(key)!;
            var sheet = await RegisterSheet.LoadAsync(register, statement, agencyId, cancellationToken);
            if (sheet is null)
            {
                await error.WriteLineAsync($"concord: there is no statement '{statement}' in the register (`concord ingest` adds one)");
                return 1;
            }
            Func<Stream, Task> write = kind switch
            {
                "csv" => s => { CsvExport.Write(sheet, language, s); return Task.CompletedTask; },
                "xlsx" => s => { XlsxExport.Write(sheet, language, s); return Task.CompletedTask; },
                "json" => s => JsonExport.WriteAsync(register, sheet, s, cancellationToken),
                _ => s => IcsExport.WriteAsync(register, sheet, language, s, cancellationToken),
            };
            if (file is null && kind == "xlsx") file = statement + ".xlsx";
            if (file is null)
            {
                using var buffer = new MemoryStream();
                await write(buffer);
                // The byte order mark is for files Excel opens; a pipe gets the text alone.
                await result.InvocationConfiguration.Output.WriteAsync(new UTF8Encoding(false).GetString(buffer.GetBuffer(), 0, (int)buffer.Length).TrimStart('\uFEFF'));
            }
            else
            {
                await SafeFile.WriteAsync(file, write, overwrite: true);
                await error.WriteLineAsync($"wrote {sheet.Rows.Count} commitments of {statement} to {file}");
            }
            return 0;
        });
        return command;
    }

    static string? FormatOf(string? file) =>
        file is null ? null : Path.GetExtension(file).TrimStart('.').ToLowerInvariant() is var e && Formats.Contains(e) ? e : null;
}
