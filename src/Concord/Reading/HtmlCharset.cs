using System.Text;
using Concord.Text;
using Concord.Text.Normalization;

namespace Concord.Reading;

/// <summary>
/// The text of an HTML file: a byte-order mark wins, then the <c>&lt;meta charset&gt;</c> of the first
/// kilobyte, then what the decoder detected (UTF-8 or a legacy Vietnamese encoding). The result carries
/// the decoder's error when the page names no charset that can be used instead.
/// </summary>
internal static class HtmlCharset
{
    static HtmlCharset() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedText Decode(byte[] bytes, DecodedText detected, List<Diagnostic> diagnostics)
    {
        if (HasBom(bytes) || MetaCharset(bytes) is not { } label) return detected;
        label = label.Trim().ToLowerInvariant();
        if (label is "utf-8" or "utf8" or "unicode-1-1-utf-8" || label.StartsWith("utf-16", StringComparison.Ordinal)) return detected;
        // The HTML standard reads these labels as windows-1252.
        if (label is "iso-8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "iso8859-1" or "iso_8859-1") label = "windows-1252";
        Encoding encoding;
        try
        {
            encoding = Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            diagnostics.Add(new Diagnostic("html-charset-unknown", $"the page declares charset \"{label}\", which is not known; read as {detected.Encoding}"));
            return detected;
        }
        if (System.Text.Unicode.Utf8.IsValid(bytes) && bytes.AsSpan().IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0)
        {
            // Multi-byte UTF-8 that is valid throughout is not an accident; the declaration is stale.
            diagnostics.Add(new Diagnostic("html-charset-mismatch", $"the page declares charset \"{label}\" but is UTF-8; read as UTF-8"));
            return detected;
        }
        return new DecodedText(TextNormalizer.Normalize(encoding.GetString(bytes)), encoding.WebName, detected.Diagnostics);
    }

    /// <summary>A UTF-8 or UTF-16 byte-order mark.</summary>
    static bool HasBom(ReadOnlySpan<byte> b) =>
        b.Length >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF)
        || b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF;

    /// <summary>Whether the bytes open like an HTML page that names its charset.</summary>
    public static bool Declares(byte[] bytes) =>
        MetaCharset(bytes) is not null && HtmlSniffer.LooksLikeHtml(Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 64 * 1024)));

    /// <summary>The charset of <c>&lt;meta charset="x"&gt;</c> or <c>&lt;meta http-equiv content="text/html; charset=x"&gt;</c>.</summary>
    static string? MetaCharset(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 1024));
        for (int i = head.IndexOf("<meta", StringComparison.OrdinalIgnoreCase); i >= 0; i = head.IndexOf("<meta", i + 5, StringComparison.OrdinalIgnoreCase))
        {
            int end = head.IndexOf('>', i);
            if (end < 0) return null;
            var tag = head.AsSpan(i, end - i);
            int at = tag.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
            if (at < 0) continue;
            var rest = tag[(at + 7)..].TrimStart();
            if (rest.IsEmpty || rest[0] != '=') continue;
            rest = rest[1..].TrimStart().TrimStart("\"'");
            int stop = rest.IndexOfAny("\"'; />\t\n");
            var label = stop < 0 ? rest : rest[..stop];
            if (!label.IsEmpty) return label.ToString();
        }
        return null;
    }
}
