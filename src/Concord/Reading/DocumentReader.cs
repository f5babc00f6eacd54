using Concord.Text.Normalization;

namespace Concord.Reading;

/// <summary>
/// Reads a statement file into normalised text (NFC, <c>\n</c> newlines). The format is chosen by
/// content: <c>%PDF-</c>, a ZIP holding <c>word/document.xml</c>, HTML markup, Markdown, else text.
/// A file that cannot be read gets <see cref="ReadResult.Error"/>, one line, and nothing else.
/// </summary>
public static class DocumentReader
{
    public static ReadResult Read(string path, ReadOptions options)
    {
        var name = Path.GetFileName(path);
        if (name.Length == 0) name = path;
        try
        {
            if (FileBytes.Load(path, name, options.MaxBytes, out var bytes) is { } refused) return refused;
            return ReadBytes(bytes, name);
        }
        catch (Exception e)
        {
            // The readers catch their libraries' exceptions; this is the last guard, so nothing escapes.
            return ReadResult.Refused($"{name} cannot be read: {ReadResult.OneLine(e.Message)}");
        }
    }

    /// <summary>Reads bytes that came without a file (an upload), under <paramref name="name"/>: the same refusals as
    /// a file's (too large, empty, not a statement format), the same reading.</summary>
    public static ReadResult Read(byte[] bytes, string name, ReadOptions options)
    {
        name = Path.GetFileName(name);
        if (name.Length == 0) name = "upload";
        if (bytes.LongLength > options.MaxBytes) return FileBytes.TooLarge(name, bytes.LongLength, options.MaxBytes);
        if (bytes.Length == 0) return ReadResult.Refused($"{name} is empty");
        try
        {
            return ReadBytes(bytes, name);
        }
        catch (Exception e)
        {
            return ReadResult.Refused($"{name} cannot be read: {ReadResult.OneLine(e.Message)}");
        }
    }

    static ReadResult ReadBytes(byte[] bytes, string name)
    {
        var extension = Path.GetExtension(name);
        switch (FormatSniffer.SniffBytes(bytes, extension))
        {
            case SniffedBytes.Pdf: return PdfReader.Read(bytes, name);
            case SniffedBytes.Docx: return DocxReader.Read(bytes, name);
            case SniffedBytes.Binary: return NotSupported(name);
        }
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Error is not null)
        {
            // A page in an encoding the decoder does not detect may still declare it.
            if (HtmlCharset.Declares(bytes)) return HtmlReader.Read(bytes, decoded, name);
            return decoded.Error == TextDecoder.Binary ? NotSupported(name) : ReadResult.Refused($"{name}: {ReadResult.OneLine(decoded.Error)}");
        }
        if (string.IsNullOrWhiteSpace(decoded.Text)) return ReadResult.Refused($"{name} has no text");
        return FormatSniffer.SniffText(decoded.Text, extension) switch
        {
            ReadFormat.Html => HtmlReader.Read(bytes, decoded, name),
            var format => new ReadResult(decoded.Text, format, decoded.Encoding, decoded.Diagnostics),
        };
    }

    static ReadResult NotSupported(string name) => ReadResult.Refused($"{name} is not a text, HTML, PDF or DOCX file");
}
