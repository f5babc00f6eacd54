using System.IO.Compression;
using System.Text;
using CsCheck;

namespace Concord.Tests.Reading.Fuzzing;

/// <summary>A mutational fuzzer's moves over real files, as CsCheck generators (so that a failing input shrinks to
/// fewer, smaller moves): overwrite, insert or delete bytes, insert a token of one of the formats, duplicate or cut a
/// stretch, cut the file short; for a zip (DOCX), the same moves inside one of its parts, the zip then written again, so
/// that the XML reader gets the damage rather than the zip's checksum.</summary>
public static class Mutator
{
    public enum Move { Overwrite, Insert, Delete, Token, Duplicate, Truncate, HighBytes }

    public sealed record Edit(Move Move, double At, int Length, int Token, byte Value);

    /// <summary>Pieces that steer mutations into each reader's paths: PDF syntax, WordprocessingML, HTML, encodings,
    /// numbering.</summary>
    static readonly byte[][] Tokens =
    [
        .. new[]
        {
            "obj", "endobj", "stream\n", "\nendstream", "<<", ">>", "/Length 99999999", "/Length -1", "/Filter /FlateDecode", "xref\n0 1\n",
            "trailer", "startxref\n0\n", "%%EOF", "BT", "ET", "Tj", "TJ", "Td", "Tm", "/F1 12 Tf", "(", ")", "[", "]", "1 0 R", "/Pages 9 0 R",
            "<w:p>", "</w:p>", "<w:t>", "</w:t>", "<w:r>", "<w:tab/>", "<w:br/>", "<w:numPr><w:ilvl w:val=\"8\"/><w:numId w:val=\"99\"/></w:numPr>",
            "<w:ilvl w:val=\"-1\"/>", "<w:lvlText w:val=\"%9.%1\"/>", "<w:start w:val=\"2147483647\"/>", "<w:tbl>", "<w:tc>", "<!DOCTYPE x [<!ENTITY a \"b\">]>",
            "<html>", "<body>", "<meta charset=\"tcvn3\">", "<meta charset=\"windows-1258\">", "<meta charset=\"utf-16\">", "<script>", "</script>",
            "<!--", "-->", "&#x0;", "&#xD800;", "&amp", "&#99999999;", "<table>", "<td>", "<li>", "<ol start=\"-5\">", "<p>", "</div>", "<br>",
            "1.", "(1)", "4.Về", "II.", "a)", "\r\n", "\r", "\n\n", "\t", "\u00a0", "\u200b", "Thủ tướng", "日本",
        }.Select(Encoding.UTF8.GetBytes),
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0x00], [0x00, 0x00], [0xC3], [0xED, 0xA0, 0x80], [0xD8, 0x3D], [0x1A],
    ];

    static readonly Gen<Edit> Edits = Gen.Select(Gen.Enum<Move>(), Gen.Double[0, 1], Gen.Int[1, 256], Gen.Int[0, Tokens.Length - 1], Gen.Byte,
        (move, at, length, token, value) => new Edit(move, at, length, token, value));

    /// <summary>One of <paramref name="seeds"/> with one to eight edits.</summary>
    public static Gen<byte[]> Of(IReadOnlyList<byte[]> seeds) =>
        Gen.Select(Gen.Int[0, seeds.Count - 1], Edits.Array[1, 8], (seed, edits) => Apply(seeds[seed], edits));

    /// <summary>One of the zips <paramref name="seeds"/> with edits to its bytes, or inside one of its parts.</summary>
    public static Gen<byte[]> OfZip(IReadOnlyList<byte[]> seeds) => Gen.OneOf(
        Of(seeds),
        Gen.Select(Gen.Int[0, seeds.Count - 1], Gen.Int[0, 64], Edits.Array[1, 8], (seed, part, edits) => Inside(seeds[seed], part, edits)));

    const int Magic = 8;

    public static byte[] Apply(byte[] seed, IEnumerable<Edit> edits)
    {
        var bytes = new List<byte>(seed);
        foreach (var e in edits)
        {
            // The first bytes (a format's magic) are left alone: damage behind them reaches deeper into the reader.
            int at = Math.Min(bytes.Count, Magic + (int)(e.At * Math.Max(0, bytes.Count - Magic)));
            int length = Math.Min(e.Length, bytes.Count - at);
            switch (e.Move)
            {
                case Move.Overwrite: for (int i = 0; i < Math.Min(length, 8); i++) bytes[at + i] = (byte)(e.Value + i * 31); break;
                case Move.Insert: bytes.InsertRange(at, Enumerable.Range(0, Math.Min(e.Length, 16)).Select(i => (byte)(e.Value * (i + 1)))); break;
                case Move.Delete: bytes.RemoveRange(at, length); break;
                case Move.Token: bytes.InsertRange(at, Tokens[e.Token]); break;
                case Move.Duplicate: bytes.InsertRange(at, bytes.GetRange(at, length)); break;
                case Move.Truncate: bytes.RemoveRange(at, bytes.Count - at); break;
                case Move.HighBytes: for (int i = 0; i < length; i += 3) bytes[at + i] = (byte)(0x80 | (e.Value + i)); break;
            }
        }
        return [.. bytes];
    }

    /// <summary>The zip with its <paramref name="part"/>-th part (modulo their number) edited, written again.</summary>
    public static byte[] Inside(byte[] zipBytes, int part, IEnumerable<Edit> edits)
    {
        var parts = new List<(string Name, byte[] Bytes)>();
        using (var zip = new ZipArchive(new MemoryStream(zipBytes, writable: false), ZipArchiveMode.Read))
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                parts.Add((entry.FullName, copy.ToArray()));
            }
        int target = part % parts.Count;
        parts[target] = (parts[target].Name, Apply(parts[target].Bytes, edits));
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, bytes) in parts)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                stream.Write(bytes);
            }
        return output.ToArray();
    }
}
