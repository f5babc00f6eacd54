using System.CommandLine;
using System.Globalization;
using Concord.Data;
using Concord.Data.Ingest;
using Concord.Data.Storage;
using Concord.Formats;
using Concord.Reading;
using Concord.Text;
using Concord.Text.Parties;
using Microsoft.EntityFrameworkCore;

namespace Concord.Commands;

/// <summary><c>concord ingest FILE... [--db ...] [--date ...] [--parties ...] [--translation LANG] [--json]</c>: statements into the
/// register, in one transaction. The first file given of each statement is its reference version (its numbering
/// gives the items' paths); files that share the date and align are versions of one statement.</summary>
public static class IngestCommand
{
    public const string Actor = "concord ingest";

    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Statements: one in several languages, or several", Arity = ArgumentArity.OneOrMore };
        var common = new CommonOptions();
        var db = RegisterOption.Create();
        var translation = new Option<string[]>("--translation")
        {
            Description = "A language (en, vi, ja) whose versions are translations, not official texts; may be repeated",
            Arity = ArgumentArity.ZeroOrMore,
        };
        translation.Validators.Add(r =>
        {
            foreach (var v in r.GetValueOrDefault<string[]>() ?? [])
                if (LanguageCodes.Parse(v) is null) r.AddError($"--translation must be en, vi or ja, not '{v}'");
        });
        var command = new Command("ingest", "Put statements into the register, or bring it up to date with corrected versions");
        command.Arguments.Add(files);
        command.Options.Add(db);
        command.Options.Add(common.Date);
        command.Options.Add(common.Parties);
        command.Options.Add(translation);
        command.Options.Add(common.MaxSize);
        command.Options.Add(common.Json);
        command.SetAction((result, cancellationToken) =>
        {
            var loader = new DocumentLoader(
                new ReadOptions((long)(result.GetValue(common.MaxSize) * 1024 * 1024)),
                null,
                result.GetValue(common.Date) is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                result.GetValue(common.Parties) is { } p ? Party.ParseList(p) : null);
            var request = new IngestRequest(
                result.GetValue(files) ?? [],
                result.GetValue(db),
                [.. (result.GetValue(translation) ?? []).Select(t => LanguageCodes.Parse(t)!.Value.Code())],
                result.GetValue(common.Json));
            return RunAsync(request, loader, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, cancellationToken);
        });
        return command;
    }

    static async Task<int> RunAsync(IngestRequest request, DocumentLoader loader, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        return await ProgressDisplay.RunAsync(error, request.Files.Count + 1, async step =>
        {
            var documents = new List<IngestDocument>();
            foreach (var file in request.Files)
            {
                step($"reading {Path.GetFileName(file)}");
                if (loader.Load(file, error) is not { } loaded) return 1;
                var language = loaded.Document.Language.Code();
                documents.Add(DocumentLoader.ForIngest(loaded.Document, loaded.Read, !request.Translations.Contains(language)));
            }
            step("writing the register");
            if (await RegisterOption.OpenAsync(request.Db, error, mustExist: false, cancellationToken) is not { } store) return 1;
            try
            {
                await using var db = store.Open();
                db.Actor = ActorName();
                var report = await StatementIngest.IngestAsync(db, documents, null, cancellationToken);
                if (!report.Succeeded)
                {
                    foreach (var problem in report.Problems) error.WriteLine($"concord: {problem.English}; the register was not changed");
                    return 1;
                }
                if (request.Json) output.WriteLine(IngestJson.Write(store.Display, report));
                else IngestText.Write(output, report);
                return 0;
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

    sealed record IngestRequest(IReadOnlyList<string> Files, string? Db, IReadOnlyList<string> Translations, bool Json);
}
