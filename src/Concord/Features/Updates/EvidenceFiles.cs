using System.Text;

namespace Concord.Features.Updates;

/// <summary>The files accepted as evidence: PDF, DOCX, XLSX, PNG, JPEG and UTF-8 text. The declared type must be
/// one of them and the first bytes must say the same, so that a renamed executable or page is refused.</summary>
public static class EvidenceFiles
{
    static readonly Dictionary<string, Func<ReadOnlyMemory<byte>, bool>> Accepted = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/pdf"] = b => b.Span.StartsWith("%PDF-"u8),
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = IsZip,
        ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"] = IsZip,
        ["image/png"] = b => b.Span.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ["image/jpeg"] = b => b.Span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]),
        ["text/plain"] = IsText,
    };

    public static string Names => string.Join(", ", Accepted.Keys);

    /// <summary>Null when the bytes are a file of the declared type; else why not, for a person.</summary>
    public static string? Check(string? contentType, ReadOnlyMemory<byte> bytes)
    {
        string type = (contentType ?? "").Split(';')[0].Trim();
        if (!Accepted.TryGetValue(type, out var looksRight))
            return $"'{(type.Length == 0 ? "no type" : type)}' files are not accepted as evidence; send one of {Names}.";
        if (bytes.Length == 0) return "The file is empty.";
        return looksRight(bytes) ? null : $"The file does not look like {type}: its content does not match its declared type.";
    }

    /// <summary>The name without folders or control characters, at most 200 characters.</summary>
    public static string SafeName(string? name)
    {
        string file = Path.GetFileName((name ?? "").Replace('\\', '/').Split('/')[^1]);
        var sb = new StringBuilder(file.Length);
        foreach (char c in file) if (!char.IsControl(c) && c is not ('"' or '<' or '>')) sb.Append(c);
        string safe = sb.ToString().Trim().TrimStart('.');
        if (safe.Length == 0) safe = "evidence";
        return safe.Length > 200 ? safe[^200..] : safe;
    }

    static bool IsZip(ReadOnlyMemory<byte> b) => b.Span.StartsWith("PK\u0003\u0004"u8);

    static bool IsText(ReadOnlyMemory<byte> b)
    {
        if (b.Span.IndexOf((byte)0) >= 0) return false;
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(b.Span);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
