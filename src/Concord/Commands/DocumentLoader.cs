using Concord.Reading;
using Concord.Text;
using Concord.Text.Extraction;
using Concord.Text.Parties;

namespace Concord.Commands;

/// <summary>Reads a file and runs the text core on it; a file that cannot be read gets one line on
/// the error writer and null back.</summary>
public sealed record DocumentLoader(ReadOptions ReadOptions, Language? Language, DateOnly? Date, IReadOnlyList<Party>? Parties = null)
{
    public (ExtractedDocument Document, ReadResult Read)? Load(string path, TextWriter error)
    {
        var read = DocumentReader.Read(path, ReadOptions);
        if (read.Error is not null)
        {
            error.WriteLine($"concord: {read.Error}");
            return null;
        }
        var document = StatementExtractor.Extract(read.Text, new ExtractOptions(Path.GetFileName(path), Language, Date, Parties));
        if (read.Diagnostics.Count > 0)
            document = document with { Diagnostics = [.. read.Diagnostics, .. document.Diagnostics] };
        return (document, read);
    }

    /// <summary>Runs the text core again with a statement date learnt elsewhere.</summary>
    public ExtractedDocument Reextract((ExtractedDocument Document, ReadResult Read) loaded, DateOnly date) =>
        StatementExtractor.Extract(loaded.Read.Text, new ExtractOptions(loaded.Document.Source, loaded.Document.Language, date, Parties)) with
        {
            Diagnostics = loaded.Document.Diagnostics,
        };
}
