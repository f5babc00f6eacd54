using System.CommandLine;
using Concord.Formats;
using Concord.Reading;
using Concord.Text.Checking;
using Concord.Text.Extraction;

namespace Concord.Commands;

/// <summary><c>concord check ARTICLE --against STATEMENT [STATEMENT ...] [--json]</c>: each factual claim of a news
/// article, and what the statement says of it.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var article = new Argument<string>("article") { Description = "A news article: text, HTML, PDF or DOCX" };
        var against = new Option<string[]>("--against")
        {
            Description = "The statement to check against; several language versions may follow",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var common = new CommonOptions();
        common.Date.Description = "The article's date (YYYY-MM-DD), when the text does not say it; its \"April 28\" is read against it";
        common.Lang.Description = "The article's language (en, vi, ja), when detection should not decide";
        var command = new Command("check", "Check the factual claims of a news article against the official text of a statement");
        command.Arguments.Add(article);
        command.Options.Add(against);
        common.AddTo(command);
        command.SetAction(result =>
        {
            var error = result.InvocationConfiguration.Error;
            var options = common.Loader(result);
            // --date and --lang are the article's; each statement version finds its own.
            var loader = options with { Language = null, Date = null };
            var versions = new List<(ExtractedDocument Document, ReadResult Read)>();
            foreach (var path in result.GetValue(against) ?? [])
            {
                if (loader.Load(path, error) is not { } loaded) return 1;
                versions.Add(loaded);
            }
            var path0 = result.GetValue(article)!;
            var read = DocumentReader.Read(path0, options.ReadOptions);
            if (read.Error is not null)
            {
                error.WriteLine($"concord: {read.Error}");
                return 1;
            }
            // A date found in one version serves the others, as in align.
            var date = versions.Select(v => v.Document.Date).FirstOrDefault(d => d is not null);
            var documents = versions.Select(v => v.Document.Date is null && date is { } d ? loader.Reextract(v, d) : v.Document).ToList();
            var check = ClaimChecker.Check(read.Text, documents, new CheckOptions(Path.GetFileName(path0), options.Language, options.Date));
            var output = result.InvocationConfiguration.Output;
            if (result.GetValue(common.Json))
                output.WriteLine(CheckJson.Write(check));
            else
                CheckText.Write(output, check);
            return 0;
        });
        return command;
    }
}
