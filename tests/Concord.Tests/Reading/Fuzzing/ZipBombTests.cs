using System.IO.Compression;
using System.Text;
using Concord.Data.Exchange;
using Concord.Reading;

namespace Concord.Tests.Reading.Fuzzing;

/// <summary>Office files made to exhaust the reader: gigabytes from a hundred kilobytes, millions of elements,
/// thousands of parts. Each is refused with a message that says why, before it is opened, in little memory.</summary>
public sealed class ZipBombTests
{
    const long Little = 48L * 1024 * 1024;

    [Fact]
    public void Docx_InflatingToGigabytes_IsRefusedAsAZipBomb_InLittleMemory()
    {
        byte[] bomb = ZipBombs.Docx(copies: 40);
        Assert.True(bomb.Length < 256 * 1024, $"{bomb.Length} bytes");

        var (read, allocated) = Measure(() => DocumentReader.Read(bomb, "bomb.docx", new ReadOptions()));

        Assert.Equal("bomb.docx: the DOCX inflates to more than 128 MB (a zip bomb?); refused", read.Error);
        Assert.Equal("", read.Text);
        Assert.True(allocated < Little, $"{allocated / 1048576} MB allocated");
    }

    [Fact]
    public void Docx_OfMoreThanAMillionElements_IsRefused_BeforeItsDocumentIsLoaded()
    {
        var body = new StringBuilder("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        for (int i = 0; i < 1_100_000; i++) body.Append("<w:p/>");
        body.Append("</w:body></w:document>");
        byte[] docx = Zip(("[Content_Types].xml", ZipBombs.ContentTypes), ("_rels/.rels", ZipBombs.DocumentRels), ("word/document.xml", body.ToString()));

        var (read, allocated) = Measure(() => DocumentReader.Read(docx, "many.docx", new ReadOptions()));

        Assert.Equal("many.docx: the DOCX holds more than 1,000,000 XML elements; refused", read.Error);
        Assert.True(allocated < Little, $"{allocated / 1048576} MB allocated");
    }

    [Fact]
    public void Docx_OfThousandsOfParts_IsRefused()
    {
        byte[] docx = Zip([("[Content_Types].xml", ZipBombs.ContentTypes), ("_rels/.rels", ZipBombs.DocumentRels), ("word/document.xml", "<x/>"),
            .. Enumerable.Range(0, 2_100).Select(i => ($"word/media/p{i}.xml", "<x/>"))]);

        var read = DocumentReader.Read(docx, "parts.docx", new ReadOptions());

        Assert.Equal("parts.docx: the DOCX holds more than 2,000 parts (a zip bomb?); refused", read.Error);
    }

    [Fact]
    public void Docx_ARealStatement_IsWithinTheBudget()
    {
        Assert.Null(ZipBudget.Docx.Check(DocxReaderTests.Statement(), "DOCX"));
        Assert.Null(DocumentReader.Read(DocxReaderTests.Statement(), "statement.docx", new ReadOptions()).Error);
    }

    [Fact]
    public void XlsxImport_InflatingToGigabytes_IsRefusedAsAZipBomb_InLittleMemory()
    {
        byte[] bomb = ZipBombs.Xlsx(copies: 40);

        var (read, allocated) = Measure(() => ImportFile.Read(new MemoryStream(bomb), "bomb.xlsx"));

        Assert.Null(read.Table);
        Assert.Equal("bomb.xlsx: the workbook inflates to more than 256 MB (a zip bomb?); refused", read.Refusal);
        Assert.True(allocated < Little, $"{allocated / 1048576} MB allocated");
    }

    [Fact]
    public void XlsxImport_OfTensOfThousandsOfParts_IsRefused()
    {
        byte[] xlsx = Zip([.. Enumerable.Range(0, 10_001).Select(i => ($"xl/p{i}.xml", ""))]);

        var read = ImportFile.Read(new MemoryStream(xlsx), "parts.xlsx");

        Assert.Equal("parts.xlsx: the workbook holds more than 10,000 parts (a zip bomb?); refused", read.Refusal);
    }

    static (T Result, long Allocated) Measure<T>(Func<T> read)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        var result = read();
        return (result, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    static byte[] Zip(params (string Name, string Text)[] parts)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, text) in parts)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open());
                writer.Write(text);
            }
        return output.ToArray();
    }
}
