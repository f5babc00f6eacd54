using System.IO.Compression;

namespace Concord.Reading;

/// <summary>Chooses a file's format by its content; the extension only breaks ties (Markdown).</summary>
internal static class FormatSniffer
{
    public static SniffedBytes SniffBytes(byte[] bytes, string extension)
    {
        // Readers accept "%PDF-" anywhere in the first kilobyte; some generators put junk before it.
        if (bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) >= 0) return SniffedBytes.Pdf;
        if (bytes.AsSpan().StartsWith("PK\x03\x04"u8)) return IsDocx(bytes, extension) ? SniffedBytes.Docx : SniffedBytes.Binary;
        // Other binary files are the text decoder's to spot: it reads UTF-16 without a BOM as text.
        return SniffedBytes.Text;
    }

    /// <summary>A ZIP holding <c>word/document.xml</c>; a damaged ZIP named .docx is still sent to the DOCX
    /// reader, so that the user hears the DOCX cannot be read rather than that it is not one.</summary>
    static bool IsDocx(byte[] bytes, string extension)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return extension.Equals(".docx", StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>"html", "markdown" or "text" for decoded text.</summary>
    public static string SniffText(string text, string extension)
    {
        if (HtmlSniffer.LooksLikeHtml(text)) return ReadFormat.Html;
        if (extension.Equals(".md", StringComparison.OrdinalIgnoreCase) || extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase))
            return ReadFormat.Markdown;
        return LooksLikeMarkdown(text) ? ReadFormat.Markdown : ReadFormat.Text;
    }

    /// <summary>An ATX heading (<c># Title</c>) or two whole-line bold paragraphs (<c>**Title**</c>).</summary>
    static bool LooksLikeMarkdown(string text)
    {
        int boldLines = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range).Trim();
            if (line.Length > 2 && line[0] == '#')
            {
                int hashes = line.IndexOfAnyExcept('#');
                if (hashes is >= 1 and <= 6 && line[hashes] == ' ' && !line[hashes..].IsWhiteSpace()) return true;
            }
            if (line.Length > 4 && line.StartsWith("**") && line.EndsWith("**") && line[2] != '*' && ++boldLines >= 2) return true;
        }
        return false;
    }
}
