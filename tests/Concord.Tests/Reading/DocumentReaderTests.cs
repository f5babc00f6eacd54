using System.Text;
using Concord.Reading;

namespace Concord.Tests.Reading;

public sealed class DocumentReaderTests
{
    static ReadResult Read(string name, byte[] bytes, ReadOptions? options = null)
    {
        using var file = TempFile.With(name, bytes);
        return DocumentReader.Read(file.Path, options ?? new ReadOptions());
    }

    static ReadResult Read(string name, string text) => Read(name, Encoding.UTF8.GetBytes(text));

    static void AssertRefused(ReadResult read, string error)
    {
        Assert.Equal(error, read.Error);
        Assert.Equal("", read.Text);
        Assert.Equal("", read.Format);
        Assert.Empty(read.Diagnostics);
    }

    [Fact]
    public void MissingFile_IsRefused()
    {
        var path = Path.Combine(Path.GetTempPath(), $"concord-missing-{Guid.NewGuid():N}.txt");

        AssertRefused(DocumentReader.Read(path, new ReadOptions()), $"{path}: file not found");
    }

    [Fact]
    public void Directory_IsRefused()
    {
        using var file = TempFile.With("x.txt", "x");

        AssertRefused(DocumentReader.Read(file.Directory, new ReadOptions()), $"{file.Directory} is a directory, not a file");
    }

    [Fact]
    public void EmptyFile_IsRefused() => AssertRefused(Read("empty.txt", []), "empty.txt is empty");

    [Fact]
    public void WhiteSpaceOnlyFile_IsRefused() => AssertRefused(Read("blank.txt", " \r\n\t\n"), "blank.txt: the file holds only white space");

    [Fact]
    public void FileOverTheLimit_IsRefusedBeforeItIsRead()
    {
        using var file = TempFile.With("huge.txt", []);
        // A sparse 130 MB file: were it read, the test would be slow; its length alone decides.
        using (var stream = new FileStream(file.Path, FileMode.Open)) stream.SetLength(130L * 1024 * 1024);

        var read = DocumentReader.Read(file.Path, new ReadOptions());

        AssertRefused(read, "huge.txt: 130 MB is over the 20 MB limit (--max-size)");
    }

    [Fact]
    public void SmallLimit_IsReportedInTheUnitThatFits()
    {
        var read = Read("notes.txt", new byte[3000].Select(_ => (byte)'a').ToArray(), new ReadOptions(1000));

        AssertRefused(read, "notes.txt: 2.9 KB is over the 1000 bytes limit (--max-size)");
    }

    [Fact]
    public void UnreadableFile_IsRefused()
    {
        if (OperatingSystem.IsWindows()) return;
        string path;
        using var file = TempFile.With("locked.txt", "The two sides agreed.");
        if (Environment.UserName == "root")
        {
            // Permissions do not stop root; a write-only kernel attribute does.
            path = "/sys/bus/pci/rescan";
            if (!File.Exists(path)) return;
        }
        else
        {
            path = file.Path;
            File.SetUnixFileMode(path, UnixFileMode.None);
        }

        var read = DocumentReader.Read(path, new ReadOptions());

        Assert.StartsWith($"{Path.GetFileName(path)} cannot be read: ", read.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryFile_IsRefused()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];

        AssertRefused(Read("photo.txt", png), "photo.txt is not a text, HTML, PDF or DOCX file");
        AssertRefused(Read("data.bin", [1, 2, 0, 0, 7, 0, 9, 0, 0, 3, 4, 0]), "data.bin is not a text, HTML, PDF or DOCX file");
        // No NUL bytes, but control characters no text uses: the decoder's verdict, in the reader's words.
        byte[] text = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("The sides agreed. ", 10)));
        AssertRefused(Read("data.dat", [.. text, 1, 2, 3, 4, 5, .. text]), "data.dat is not a text, HTML, PDF or DOCX file");
    }

    [Fact]
    public void PlainText_IsReadAsText_Normalised()
    {
        var read = Read("statement.txt", "1. Hai bên nhất trí.\r\n\r\n2. The sides agreed.\r\n".Normalize(NormalizationForm.FormD));

        Assert.Null(read.Error);
        Assert.Equal(ReadFormat.Text, read.Format);
        Assert.Equal("utf-8", read.Encoding);
        Assert.Equal("1. Hai bên nhất trí.\n\n2. The sides agreed.\n".Normalize(NormalizationForm.FormC), read.Text);
    }

    [Fact]
    public void MarkdownExtension_IsReadAsMarkdown_Unchanged()
    {
        const string text = "Statement\n\n1. The two sides agreed to meet in 2027.";

        var read = Read("statement.md", text);

        Assert.Equal(ReadFormat.Markdown, read.Format);
        Assert.Equal(text, read.Text);
    }

    [Theory]
    [InlineData("# Joint Statement\n\n1. The sides agreed.")]
    [InlineData("**I. POLITICS**\n\nThe sides agreed.\n\n**II. ECONOMY**\n\nThey welcomed trade.")]
    public void MarkdownHeadingsOrBoldLines_InATxtFile_AreReadAsMarkdown(string text)
    {
        var read = Read("statement.txt", text);

        Assert.Equal(ReadFormat.Markdown, read.Format);
        Assert.Equal(text, read.Text);
    }

    [Fact]
    public void ProseMentioningATag_IsText()
    {
        var read = Read("notes.txt", "The page used a <p> element and a <div> for the text; 3 < 4 and 5 > 2.");

        Assert.Equal(ReadFormat.Text, read.Format);
    }

    [Fact]
    public void HtmlAfterCommentsAndBom_IsHtml()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("\n<!-- saved from a site -->\n<?xml version=\"1.0\"?>\n<HTML><BODY><P>The sides agreed to meet.</P></BODY></HTML>")];

        var read = Read("page.txt", bytes);

        Assert.Equal(ReadFormat.Html, read.Format);
        Assert.Equal("The sides agreed to meet.", read.Text);
    }

    [Fact]
    public void FragmentDenseWithTags_IsHtml()
    {
        var fragment = string.Concat(Enumerable.Range(1, 6).Select(i => $"<p><span>Point {i}</span> of the <b>plan</b>.</p>\n"));

        var read = Read("fragment.txt", fragment);

        Assert.Equal(ReadFormat.Html, read.Format);
        Assert.StartsWith("Point 1 of the plan.\n\nPoint 2", read.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16WithoutBom_IsReadAsText()
    {
        var read = Read("statement.txt", Encoding.Unicode.GetBytes("Hai bên nhất trí hợp tác về cảng biển."));

        Assert.Null(read.Error);
        Assert.Equal("Hai bên nhất trí hợp tác về cảng biển.", read.Text);
    }

    [Theory]
    [InlineData(300L, "300 bytes")]
    [InlineData(1536L, "1.5 KB")]
    [InlineData(20L * 1024 * 1024, "20 MB")]
    [InlineData(20L * 1024 * 1024 + 400 * 1024, "20.4 MB")]
    [InlineData(130L * 1024 * 1024, "130 MB")]
    public void Sizes_AreWrittenForPeople(long bytes, string expected) => Assert.Equal(expected, FileBytes.Size(bytes));
}
