using System.CommandLine;
using System.Globalization;
using Concord.Data;
using Concord.Data.Ingest;
using Concord.Data.Storage;
using Concord.Formats;
using Concord.Reading;
using Concord.Text;
using Microsoft.EntityFrameworkCore;

namespace Concord.Commands;

/// <summary><c>concord ingest FILE... [--db ...] [--date ...] [--translation LANG] [--json]</c>: statements into the
/// register, in one transaction. The first file given of each statement is its reference version (its numbering
/// gives the items' paths); files that share the date and align are versions of one statement.</summary>
public static class IngestCommand
{
    public const string Actor = "concord ingest";

    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Statements: one in several languages, or several", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print the concord.ingest/1 JSON report instead of text" };
        var db = new Option<string?>("--db") { Description = $"The register: a SQLite file or a PostgreSQL connection string (default: {RegisterStore.EnvironmentVariable}, else a file in the user's data folder)" };
        var date = new Option<string?>("--date") { Description = "The statements' date (YYYY-MM-DD), when the texts do not say it" };
        var translation = new Option<string[]>("--translation")
        {
            Description = "A language (en, vi, ja) whose versions are translations, not official texts; may be repeated",
            Arity = ArgumentArity.ZeroOrMore,
        };
        date.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } v && !DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                r.AddError($"--date must be a date like 2025-04-28, not '{v}'");
        });
        translation.Validators.Add(r =>
        {
            foreach (var v in r.GetValueOrDefault<string[]>() ?? [])
                if (LanguageCodes.Parse(v) is null) r.AddError($"--translation must be en, vi or ja, not '{v}'");
        });
        var command = new Command("ingest", "Put statements into the register, or bring it up to date with corrected versions");
        command.Arguments.Add(files);
        command.Options.Add(db);
        command.Options.Add(date);
        command.Options.Add(translation);
        command.Options.Add(json);
        command.SetAction((result, cancellationToken) =>
        {
            var request = new IngestRequest(
                result.GetValue(files) ?? [],
                result.GetValue(db),
                result.GetValue(date) is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                [.. (result.GetValue(translation) ?? []).Select(t => LanguageCodes.Parse(t)!.Value.Code())],
                result.GetValue(json));
            return RunAsync(request, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, cancellationToken);
        });
        return command;
    }

    static async Task<int> RunAsync(IngestRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var loader = new DocumentLoader(new ReadOptions(), null, request.Date);
        return await ProgressDisplay.RunAsync(error, request.Files.Count + 1, async step =>
        {
            var documents = new List<IngestDocument>();
            foreach (var file in request.Files)
            {
                step($"reading {Path.GetFileName(file)}");
                if (loader.Load(file, error) is not { } loaded) return 1;
                var language = loaded.Document.Language.Code();
                documents.Add(new IngestDocument(loaded.Document, loaded.Read.Format, loaded.Read.Encoding, !request.Translations.Contains(language)));
            }
            step("writing the register");
            var store = RegisterStore.Resolve(request.Db);
            error.WriteLine($"concord: register at {store.Display}");
            try
            {
                await store.MigrateAsync(cancellationToken);
                await using var db = store.Open();
                db.Actor = ActorName();
                var report = await StatementIngest.IngestAsync(db, documents, null, cancellationToken);
                if (!report.Succeeded)
                {
                    foreach (var problem in report.Problems) error.WriteLine($"concord: {problem}; the register was not changed");
                    return 1;
                }
                if (request.Json) output.WriteLine(IngestJson.Write(store.Display, report));
                else IngestText.Write(output, report);
                return 0;
            }
            catch (RegisterUnavailableException e)
            {
                error.WriteLine($"concord: {e.Message}");
                return 1;
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException or OperationCanceledException)
            {
                error.WriteLine($"concord: the register was not changed: {ReadResult.OneLine(e.Message)}");
                return 1;
            }
        });
    }

    /// <summary>"concord ingest (alice)": the history says what wrote and on whose behalf.</summary>
    static string ActorName() =>
        string.IsNullOrWhiteSpace(Environment.UserName) ? Actor : $"{Actor} ({Environment.UserName})";

    sealed record IngestRequest(IReadOnlyList<string> Files, string? Db, DateOnly? Date, IReadOnlyList<string> Translations, bool Json);
}
