using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Concord.Data.Exchange;

/// <summary>What an Office file (a zip of parts) may hold before it is opened: how many parts, how many bytes they
/// inflate to, and how many XML elements they hold. <see cref="Check"/> inflates every part once, counting, and stops
/// at the first limit passed, so that a file of kilobytes that would expand to gigabytes (a zip bomb), or to millions
/// of elements that a document model would hold in memory, is refused in bounded time and memory.</summary>
public sealed record ZipBudget(int MaxParts, long MaxInflatedBytes, long MaxXmlElements = long.MaxValue)
{
    /// <summary>A statement's DOCX: its document.xml is a few megabytes and some ten thousand elements; pictures
    /// are stored already compressed.</summary>
    public static readonly ZipBudget Docx = new(MaxParts: 2_000, MaxInflatedBytes: 128L * 1024 * 1024, MaxXmlElements: 1_000_000);

    static readonly XmlReaderSettings Xml = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = false };

    /// <summary>Null when the file is within the budget, else why not, as a clause about <paramref name="what"/>
    /// ("the workbook ..."). Throws <see cref="InvalidDataException"/> when the zip itself is damaged.</summary>
    public string? Check(byte[] bytes, string what)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        if (zip.Entries.Count > MaxParts)
            return string.Create(CultureInfo.InvariantCulture, $"the {what} holds more than {MaxParts:N0} parts (a zip bomb?); refused");
        var counter = new Counter(MaxInflatedBytes);
        long elements = 0;
        var buffer = new byte[81920];
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.Contains("..", StringComparison.Ordinal) || entry.FullName.StartsWith('/') || entry.FullName.StartsWith('\\'))
                return $"the {what} holds a part with an unsafe name ('{entry.FullName}')";
            using var part = new CountingStream(entry.Open(), counter);
            try
            {
                if (MaxXmlElements < long.MaxValue && IsXml(entry.FullName))
                    elements += CountElements(part, MaxXmlElements - elements);
                while (part.Read(buffer) > 0) { }
            }
            catch (BudgetExceededException)
            {
                return string.Create(CultureInfo.InvariantCulture, $"the {what} inflates to more than {MaxInflatedBytes / (1024 * 1024)} MB (a zip bomb?); refused");
            }
            if (elements > MaxXmlElements)
                return string.Create(CultureInfo.InvariantCulture, $"the {what} holds more than {MaxXmlElements:N0} XML elements; refused");
        }
        return null;
    }

    static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    /// <summary>Elements up to one past <paramref name="left"/>; a part that is not well-formed is counted as far as it
    /// goes (the reader will say what is wrong with it).</summary>
    static long CountElements(Stream part, long left)
    {
        long count = 0;
        try
        {
            using var reader = XmlReader.Create(part, Xml);
            while (count <= left && reader.Read())
                if (reader.NodeType == XmlNodeType.Element) count++;
        }
        catch (XmlException)
        {
        }
        return count;
    }

    sealed class Counter(long limit)
    {
        long total;

        public void Add(int n)
        {
            total += n;
            if (total > limit) throw new BudgetExceededException();
        }
    }

    sealed class BudgetExceededException : Exception;

    sealed class CountingStream(Stream inner, Counter counter) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = inner.Read(buffer, offset, count);
            counter.Add(n);
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
