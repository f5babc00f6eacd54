using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Concord.Tests.Reading.Fuzzing;

/// <summary>Zip bombs written by hand: small parts stored as they are, and one stream of <see cref="BlobBytes"/>
/// that many entries share (overlapping entries), so a file of about a hundred kilobytes claims gigabytes.</summary>
public static class ZipBombs
{
    public const int BlobBytes = 64 * 1024 * 1024;

    public const string ContentTypes = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    public const string DocumentRels = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

    /// <summary>A WordprocessingML document whose one text run is 64 MB of the letter a, deflated once.</summary>
    static readonly Lazy<(byte[] Deflated, uint Crc)> Blob = new(() =>
    {
        byte[] head = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>");
        byte[] tail = Encoding.UTF8.GetBytes("</w:t></w:r></w:p></w:body></w:document>");
        var letters = new byte[1024 * 1024];
        Array.Fill(letters, (byte)'a');
        var crc = new Crc32();
        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            void Write(ReadOnlySpan<byte> bytes) { deflate.Write(bytes); crc.Append(bytes); }
            Write(head);
            for (int written = head.Length + tail.Length; written < BlobBytes; written += letters.Length)
                Write(letters.AsSpan(0, Math.Min(letters.Length, BlobBytes - written)));
            Write(tail);
        }
        return (output.ToArray(), crc.Value);
    });

    /// <summary>A DOCX of the parts it needs, whose document.xml and <paramref name="copies"/> pictures are all the blob.</summary>
    public static byte[] Docx(int copies) =>
        Write([("[Content_Types].xml", ContentTypes), ("_rels/.rels", DocumentRels)], ["word/document.xml", .. Names("word/media/image{0}.png", copies)]);

    /// <summary>An XLSX whose sheet and <paramref name="copies"/> more sheets are all the blob.</summary>
    public static byte[] Xlsx(int copies) =>
        Write([("[Content_Types].xml", ContentTypes)], ["xl/worksheets/sheet1.xml", .. Names("xl/worksheets/sheet{0}.xml", copies, from: 2)]);

    static IEnumerable<string> Names(string pattern, int count, int from = 1) =>
        Enumerable.Range(from, count).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, i));

    static byte[] Write(IReadOnlyList<(string Name, string Text)> stored, IReadOnlyList<string> shared)
    {
        var (blob, blobCrc) = Blob.Value;
        using var zip = new MemoryStream();
        var central = new List<(string Name, ushort Method, uint Crc, int Compressed, int Size, int Offset)>();
        foreach (var (name, text) in stored)
        {
            byte[] data = Encoding.UTF8.GetBytes(text);
            var crc = new Crc32();
            crc.Append(data);
            int offset = (int)zip.Position;
            LocalHeader(zip, name, 0, crc.Value, data.Length, data.Length);
            zip.Write(data);
            central.Add((name, 0, crc.Value, data.Length, data.Length, offset));
        }
        int blobOffset = (int)zip.Position;
        LocalHeader(zip, shared[0], 8, blobCrc, blob.Length, BlobBytes);
        zip.Write(blob);
        central.AddRange(shared.Select(name => (name, (ushort)8, blobCrc, blob.Length, BlobBytes, blobOffset)));
        int start = (int)zip.Position;
        Span<byte> h = stackalloc byte[46];
        foreach (var e in central)
        {
            byte[] name = Encoding.UTF8.GetBytes(e.Name);
            h.Clear();
            BinaryPrimitives.WriteUInt32LittleEndian(h, 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(h[4..], 20);
            BinaryPrimitives.WriteUInt16LittleEndian(h[6..], 20);
            BinaryPrimitives.WriteUInt16LittleEndian(h[10..], e.Method);
            BinaryPrimitives.WriteUInt32LittleEndian(h[16..], e.Crc);
            BinaryPrimitives.WriteInt32LittleEndian(h[20..], e.Compressed);
            BinaryPrimitives.WriteInt32LittleEndian(h[24..], e.Size);
            BinaryPrimitives.WriteUInt16LittleEndian(h[28..], (ushort)name.Length);
            BinaryPrimitives.WriteInt32LittleEndian(h[42..], e.Offset);
            zip.Write(h);
            zip.Write(name);
        }
        Span<byte> end = stackalloc byte[22];
        end.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)central.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)central.Count);
        BinaryPrimitives.WriteInt32LittleEndian(end[12..], (int)zip.Position - start);
        BinaryPrimitives.WriteInt32LittleEndian(end[16..], start);
        zip.Write(end);
        return zip.ToArray();
    }

    static void LocalHeader(Stream zip, string name, ushort method, uint crc, int compressed, int size)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(name);
        Span<byte> h = stackalloc byte[30];
        h.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(h, 0x04034b50);
        BinaryPrimitives.WriteUInt16LittleEndian(h[4..], 20);
        BinaryPrimitives.WriteUInt16LittleEndian(h[8..], method);
        BinaryPrimitives.WriteUInt32LittleEndian(h[14..], crc);
        BinaryPrimitives.WriteInt32LittleEndian(h[18..], compressed);
        BinaryPrimitives.WriteInt32LittleEndian(h[22..], size);
        BinaryPrimitives.WriteUInt16LittleEndian(h[26..], (ushort)bytes.Length);
        zip.Write(h);
        zip.Write(bytes);
    }

    /// <summary>CRC-32 as zip files use it (the reflected polynomial 0xEDB88320).</summary>
    sealed class Crc32
    {
        static readonly uint[] Table = [.. Enumerable.Range(0, 256).Select(n =>
        {
            uint c = (uint)n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            return c;
        })];

        uint value = 0xFFFFFFFF;

        public uint Value => ~value;

        public void Append(ReadOnlySpan<byte> bytes)
        {
            foreach (byte b in bytes) value = Table[(value ^ b) & 0xFF] ^ (value >> 8);
        }
    }
}
