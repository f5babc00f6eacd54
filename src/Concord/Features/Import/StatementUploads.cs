using Concord.Commands;
using Concord.Data.Ingest;
using Concord.Reading;
using Concord.Resources;
using Microsoft.Extensions.Localization;

namespace Concord.Features.Import;

/// <summary>Reads uploaded statement files as <c>concord ingest</c> reads files (through <see cref="DocumentLoader"/>),
/// and says, in the page's language, why a file is refused: too large, empty, not a format Concord reads, damaged, or
/// no statement.</summary>
public sealed class StatementUploads(long maxBytes, IStringLocalizer<Strings> strings)
{
    public sealed record Result(IReadOnlyList<IngestDocument> Documents, IReadOnlyList<FileFacts> Facts, IReadOnlyList<string> Problems);

    public long MaxBytes => maxBytes;

    public Result Read(IReadOnlyList<PendingFile> files)
    {
        var loader = new DocumentLoader(new ReadOptions(maxBytes), null, null);
        var documents = new List<IngestDocument>();
        var facts = new List<FileFacts>();
        var problems = new List<string>();
        foreach (var file in files)
        {
            if (Refusal(file) is { } refused)
            {
                problems.Add(refused);
                continue;
            }
            var (document, read) = loader.Load(file.Bytes, file.Name);
            if (document is null)
            {
                problems.Add(Unreadable(file, read.Error ?? ""));
                continue;
            }
            if (document.Items.Count == 0)
            {
                problems.Add(strings["Import.NotAStatement", file.Name]);
                continue;
            }
            documents.Add(DocumentLoader.ForIngest(document, read, file.Official));
            facts.Add(new FileFacts(file.Name, file.Official, Text.LanguageCodes.Code(document.Language), read.Format, read.Encoding,
                document.Title, document.Date, [.. document.Parties.Select(p => p.Name)], document.Items.Count));
        }
        return new Result(documents, facts, problems);
    }

    /// <summary>The refusals that need no reading.</summary>
    public string? Refusal(PendingFile file)
    {
        if (file.Bytes.Length == 0) return strings["Import.Empty", file.Name];
        if (file.Bytes.LongLength > maxBytes) return strings["Import.TooLarge", file.Name, Size(maxBytes)];
        return null;
    }

    public static string Size(long bytes) => FileBytes.Size(bytes);

    string Unreadable(PendingFile file, string detail) =>
        FormatSniffer.SniffBytes(file.Bytes, Path.GetExtension(file.Name)) switch
        {
            SniffedBytes.Pdf or SniffedBytes.Docx => strings["Import.Damaged", file.Name, detail],
            SniffedBytes.Binary => strings["Import.Unsupported", file.Name],
            _ when detail.EndsWith("is not a text, HTML, PDF or DOCX file", StringComparison.Ordinal) => strings["Import.Unsupported", file.Name],
            _ => strings["Import.Unreadable", file.Name, detail],
        };
}
