using Concord.Text.Extraction;

namespace Concord.Data.Ingest;

/// <summary>One file as the text core read it, with what the reader said about its bytes.</summary>
/// <param name="Format">"text", "html", "pdf", "docx", ... as the reader named it.</param>
/// <param name="Encoding">What the bytes were decoded as: "utf-8", "windows-1258", ...</param>
/// <param name="Official">False for a translation.</param>
public sealed record IngestDocument(ExtractedDocument Document, string Format, string Encoding, bool Official = true)
{
    public string Language => Text.LanguageCodes.Code(Document.Language);
}
