using Concord.Text;

namespace Concord.Reading;

/// <param name="Format">One of <see cref="ReadFormat"/>'s values; empty when the file was refused.</param>
/// <param name="Encoding">What the bytes were decoded as: "utf-8", "windows-1258", ...; "unicode" for PDF and DOCX, whose text the library gives.</param>
/// <param name="Error">One line saying why the file was refused; the other fields are then empty.</param>
public sealed record ReadResult(string Text, string Format, string Encoding, IReadOnlyList<Diagnostic> Diagnostics, string? Error = null)
{
    internal static ReadResult Refused(string error) => new("", "", "", [], error);

    /// <summary>The first line of a library's message, short enough for one line of output.</summary>
    internal static string OneLine(string message)
    {
        var line = message.AsSpan().Trim();
        int end = line.IndexOfAny('\r', '\n');
        if (end >= 0) line = line[..end].TrimEnd();
        if (line.Length > 160) line = string.Concat(line[..159], "…");
        line = line.TrimEnd('.');
        return line.Length == 0 ? "unknown error" : line.ToString();
    }
}
