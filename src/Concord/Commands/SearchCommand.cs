using System.CommandLine;
using System.Globalization;
using Concord.Data.Search;
using Concord.Data.Storage;
using Concord.Formats;
using Concord.Text;
using Microsoft.EntityFrameworkCore;

namespace Concord.Commands;

/// <summary><c>concord search QUERY [--db] [--statement KEY] [--lang vi|en|ja] [--kind K] [--json] [--limit N]
/// [--offset N]</c>: the register's item texts, commitments, updates and evidence that hold every word of the
/// query, whatever their marks and case, best first, each with a snippet where the matches are «marked».</summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string?>("query")
        {
            Description = "Words to find (all of them; the last also as the start of a word) and \"quoted phrases\"; marks and case do not matter: ha noi finds Hà Nội",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var db = RegisterOption.Create();
        var statement = new Option<string?>("--statement") { Description = "Only this statement (its key)" };
        var lang = new Option<string?>("--lang") { Description = "Only texts in this language (en, vi, ja)" };
        var kind = new Option<string?>("--kind") { Description = "Only this kind of text: item, commitment, update, evidence" };
        var json = new Option<bool>("--json") { Description = "Print the concord.search/1 JSON document instead of text" };
        var limit = new Option<int>("--limit") { Description = $"Show at most this many results (1-{SearchQuery.MaxLimit})", DefaultValueFactory = _ => 20 };
        var offset = new Option<int>("--offset") { Description = "Skip this many results first (for the next page)" };
        var rebuild = new Option<bool>("--rebuild") { Description = "Rebuild the search index from every record of the register first" };

        lang.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } v && LanguageCodes.Parse(v) is null) r.AddError($"--lang must be en, vi or ja, not '{v}'");
        });
        kind.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } v && !SearchKinds.All.Contains(v.Trim().ToLowerInvariant()))
                r.AddError($"--kind must be one of {string.Join(", ", SearchKinds.All)}, not '{v}'");
        });
        limit.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > SearchQuery.MaxLimit) r.AddError($"--limit must be between 1 and {SearchQuery.MaxLimit}");
        });
        offset.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0) r.AddError("--offset must be 0 or more");
        });

        var command = new Command("search", "Find texts in the register, without caring for marks or case, with snippets of where they match");
        command.Arguments.Add(query);
        foreach (var option in new Option[] { db, statement, lang, kind, json, limit, offset, rebuild }) command.Options.Add(option);
        command.Validators.Add(r =>
        {
            if (string.IsNullOrWhiteSpace(r.GetValue(query)) && !r.GetValue(rebuild)) r.AddError("give the words to search for, e.g. concord search \"ha noi\"");
        });

        command.SetAction(async (result, cancellationToken) =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            if (await RegisterOption.OpenAsync(result, db, mustExist: false, cancellationToken) is not { } store) return 1;
            await using var register = store.Open();
            if (result.GetValue(rebuild))
            {
                int count = await SearchIndex.RebuildAsync(register, cancellationToken);
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"search index rebuilt: {count} texts"));
            }
            string? text = result.GetValue(query);
            if (string.IsNullOrWhiteSpace(text)) return 0;

            string? key = result.GetValue(statement);
            if (key is not null && !await register.Statements.AnyAsync(s => s.Key == key, cancellationToken))
            {
                error.WriteLine($"concord: no statement '{key}' in the register");
                return 1;
            }
            var page = await RegisterSearch.SearchAsync(register, new SearchQuery(text)
            {
                StatementKey = key,
                Language = result.GetValue(lang),
                Kind = result.GetValue(kind),
                Limit = result.GetValue(limit),
                Offset = result.GetValue(offset),
            }, cancellationToken);
            if (result.GetValue(json))
                output.WriteLine(SearchJson.Write(text, page));
            else
                WriteText(output, text, page);
            return 0;
        });
        return command;
    }

    static void WriteText(TextWriter output, string query, SearchPage page)
    {
        if (page.Hits.Count == 0)
        {
            output.WriteLine(page.Total == 0 ? $"nothing found for '{query}'" : $"no results past {page.Offset} of {page.Total}");
            return;
        }
        foreach (var hit in page.Hits)
        {
            string where = hit.ItemPath is null ? hit.StatementKey : $"{hit.StatementKey} {hit.ItemPath}";
            string what = hit.CommitmentId is { } c && hit.Kind != SearchKinds.Commitment
                ? string.Create(CultureInfo.InvariantCulture, $"{hit.Kind} #{hit.RefId} on commitment #{c}")
                : string.Create(CultureInfo.InvariantCulture, $"{hit.Kind} #{hit.RefId}");
            output.WriteLine($"{where}  {what}  [{hit.Language}]");
            output.WriteLine("  " + hit.Snippet.Marked());
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{page.Offset + 1}-{page.Offset + page.Hits.Count} of {(page.Capped ? "more than " : "")}{page.Total}"));
        if (page.Capped)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"only the {page.Total} newest are ranked; add a word, a \"phrase\" or a filter to narrow the search"));
    }
}
