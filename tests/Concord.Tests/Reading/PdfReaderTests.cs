using System.Text;
using Concord.Reading;

namespace Concord.Tests.Reading;

public sealed class PdfReaderTests
{
    static ReadResult ReadPdf(byte[] bytes, string name = "statement.pdf")
    {
        using var file = TempFile.With(name, bytes);
        return DocumentReader.Read(file.Path, new ReadOptions());
    }

    static byte[] TwoPageStatement() => new PdfPages { Header = "Joint Statement of Aland and Borea", Footer = "Page {0}" }
        .Line("JOINT STATEMENT ON THE COASTAL PARTNERSHIP").Gap()
        .Lines(0, "1. The two Prime Ministers agreed to set up a joint working group on coastal",
                  "resilience and to hold its first session in Lumen before the end of 2026.").Gap()
        .Lines(0, "2. Both sides welcomed the opening of a vocational training centre in the",
                  "port city, which is expected to train 3,000 marine technicians by 2028.")
        .NewPage()
        .Lines(0, "3. The two leaders affirmed their commitment to raising the number of direct",
                  "flights between the two capitals to 40 per week.").Gap()
        .Lines(0, "4. The two sides agreed to hold a festival of coastal cultures every two years.")
        .Build();

    [Fact]
    public void TwoPages_RunningHeaderAndPageNumbers_AreLeftOutAndReported()
    {
        var read = ReadPdf(TwoPageStatement());

        Assert.Null(read.Error);
        Assert.Equal(ReadFormat.Pdf, read.Format);
        Assert.DoesNotContain("Joint Statement of Aland and Borea", read.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Page 1", read.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Page 2", read.Text, StringComparison.Ordinal);
        Assert.Contains(read.Diagnostics, d => d.Code == "pdf-running-text" && d.Message.Contains("header", StringComparison.Ordinal));
        Assert.Contains(read.Diagnostics, d => d.Code == "pdf-running-text" && d.Message.Contains("page numbers", StringComparison.Ordinal));
    }

    // Found by the reader fuzzer: a damaged file whose two pages showed the same line read as empty text, no error.
    [Fact]
    public void TwoPages_OfTheSameOneLine_AreRefused_NotReadAsEmptyText()
    {
        var pdf = new PdfPages().Line("3. Third point, set apart.").NewPage().Line("3. Third point, set apart.").Build();

        var read = ReadPdf(pdf, "same.pdf");

        Assert.Equal("same.pdf: the PDF has no text besides what repeats on every page as a header or footer", read.Error);
        Assert.Equal("", read.Text);
    }

    [Fact]
    public void TwoPages_ReadAsOneParagraphPerPoint_WithWrappedLinesJoined()
    {
        var read = ReadPdf(TwoPageStatement());

        Assert.Equal(
        [
            "JOINT STATEMENT ON THE COASTAL PARTNERSHIP",
            "1. The two Prime Ministers agreed to set up a joint working group on coastal resilience and to hold its first session in Lumen before the end of 2026.",
            "2. Both sides welcomed the opening of a vocational training centre in the port city, which is expected to train 3,000 marine technicians by 2028.",
            "3. The two leaders affirmed their commitment to raising the number of direct flights between the two capitals to 40 per week.",
            "4. The two sides agreed to hold a festival of coastal cultures every two years.",
        ], read.Text.Split("\n\n"));
    }

    [Fact]
    public void HyphenAtALineBreak_IsDroppedInABrokenWord_AndKeptInACompound()
    {
        var pdf = new PdfPages()
            .Lines(0, "The two sides agreed to deepen their coop-",
                      "eration on disaster relief and to adopt a long-",
                      "term plan for the long and difficult term ahead.")
            .Build();

        var read = ReadPdf(pdf);

        Assert.Equal("The two sides agreed to deepen their cooperation on disaster relief and to adopt a long-term plan for the long and difficult term ahead.", read.Text);
    }

    [Fact]
    public void MultiParagraphPage_SplitsAtGapsAndIndentedFirstLines()
    {
        var pdf = new PdfPages()
            .Lines(20, "The ministers met in Lumen on 3 May 2026 and reviewed the",
                       "cooperation of the past year in trade and transport.")
            .Lines(20, "They agreed to open a consulate in each other's second city",
                       "within the next twelve months.")
            .Gap()
            .Lines(0, "The next meeting will take place in Aland in the spring.")
            .Build();

        var read = ReadPdf(pdf);

        Assert.Equal(
        [
            "The ministers met in Lumen on 3 May 2026 and reviewed the cooperation of the past year in trade and transport.",
            "They agreed to open a consulate in each other's second city within the next twelve months.",
            "The next meeting will take place in Aland in the spring.",
        ], read.Text.Split("\n\n"));
    }

    [Fact]
    public void HangingIndent_UnderATypedNumber_ContinuesTheItem()
    {
        var pdf = new PdfPages()
            .Line("(1) The two sides agreed to establish a joint committee on")
            .Line("fisheries and to hold its first meeting in Lumen in the", indent: 18)
            .Line("autumn of 2026.", indent: 18)
            .Line("(2) They welcomed the new patrol boats delivered this year.")
            .Build();

        Assert.Equal(
            "(1) The two sides agreed to establish a joint committee on fisheries and to hold its first meeting in Lumen in the autumn of 2026.\n\n"
            + "(2) They welcomed the new patrol boats delivered this year.",
            ReadPdf(pdf).Text);
    }

    [Fact]
    public void TwoColumns_AreReadColumnByColumn()
    {
        var pdf = new PdfPages()
            .At(72, 700, "The left column opens the statement").At(72, 686, "and speaks of trade between ports.")
            .At(320, 700, "The right column follows it and").At(320, 686, "speaks of the training of pilots.")
            .Build();

        Assert.Equal(
            "The left column opens the statement and speaks of trade between ports.\n\n"
            + "The right column follows it and speaks of the training of pilots.",
            ReadPdf(pdf).Text);
    }

    [Fact]
    public void ParagraphCutByAPageBreak_IsJoinedAgain()
    {
        var pdf = new PdfPages()
            .Lines(0, "The two sides agreed to extend the scholarship programme for young")
            .NewPage()
            .Lines(0, "engineers until 2030.")
            .Build();

        Assert.Equal("The two sides agreed to extend the scholarship programme for young engineers until 2030.", ReadPdf(pdf).Text);
    }

    [Fact]
    public void PdfWithoutText_IsRefusedAsScanned()
    {
        var pdf = new PdfPages().Rectangle().NewPage().Rectangle().Build();

        var read = ReadPdf(pdf, "scan.pdf");

        Assert.Equal("", read.Text);
        Assert.StartsWith("scan.pdf: the PDF has no text layer", read.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void CorruptPdf_IsRefusedWithOneLine()
    {
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nthis is not a PDF body at all\n%%EOF");

        var read = ReadPdf(bytes, "broken.pdf");

        Assert.StartsWith("broken.pdf: the PDF cannot be read: ", read.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', read.Error!);
    }

    [Fact]
    public void PasswordProtectedPdf_IsRefused()
    {
        var pdf = Encoding.Latin1.GetString(new PdfPages().Line("A secret text.").Build());
        // An encryption dictionary whose user password is not empty: the file cannot be opened without it.
        const string encrypt = "/Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -4 "
            + "/O <0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF> "
            + "/U <FEDCBA9876543210FEDCBA9876543210FEDCBA9876543210FEDCBA9876543210> >> /ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>] ";
        int trailer = pdf.LastIndexOf("trailer", StringComparison.Ordinal);
        int open = pdf.IndexOf("<<", trailer, StringComparison.Ordinal);
        var locked = pdf[..(open + 2)] + " " + encrypt + pdf[(open + 2)..];

        var read = ReadPdf(Encoding.Latin1.GetBytes(locked), "locked.pdf");

        Assert.StartsWith("locked.pdf: the PDF is encrypted", read.Error, StringComparison.Ordinal);
    }
}
