using Concord.Data.Ingest;
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
        return (Extract(read, Path.GetFileName(path)), read);
    }

    /// <summary>Reads bytes sent under <paramref name="name"/> (an upload); a refusal is the read's
    /// <see cref="ReadResult.Error"/>, with no document.</summary>
    public (ExtractedDocument? Document, ReadResult Read) Load(byte[] bytes, string name)
    {
        var read = DocumentReader.Read(bytes, name, ReadOptions);
        return read.Error is null ? (Extract(read, Path.GetFileName(name)), read) : (null, read);
    }

    /// <summary>A document read, as the ingest takes it.</summary>
    public static IngestDocument ForIngest(ExtractedDocument document, ReadResult read, bool official) =>
        new(document, read.Format, read.Encoding, official);

    ExtractedDocument Extract(ReadResult read, string source)
    {
        var document = StatementExtractor.Extract(read.Text, new ExtractOptions(source, Language, Date, Parties));
        if (read.Diagnostics.Count > 0)
            document = document with { Diagnostics = [.. read.Diagnostics, .. document.Diagnostics] };
        return document;
    }

    /// <summary>Runs the text core again with a statement date learnt elsewhere.</summary>
    public ExtractedDocument Reextract((ExtractedDocument Document, ReadResult Read) loaded, DateOnly date) =>
        StatementExtractor.Extract(loaded.Read.Text, new ExtractOptions(loaded.Document.Source, loaded.Document.Language, date, Parties)) with
        {
            Diagnostics = loaded.Document.Diagnostics,
        };
}
