using System.IO.Compression;
using Concord.Reading;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static Concord.Tests.Reading.DocxFiles;

namespace Concord.Tests.Reading;

public sealed class DocxReaderTests
{
    static ReadResult ReadDocx(byte[] bytes, string name = "statement.docx")
    {
        using var file = TempFile.With(name, bytes);
        return DocumentReader.Read(file.Path, new ReadOptions());
    }

    static Numbering StatementNumbering() => new(
        Abstract(0, Level(0, NumberFormatValues.Decimal, "%1."), Level(1, NumberFormatValues.LowerLetter, "%2)")),
        Abstract(1, Level(0, NumberFormatValues.Decimal, "(%1)")),
        Num(1, 0), Num(2, 1), Num(3, 1, restartAt: 1));

    /// <summary>A statement mixing auto-numbered points (%1.), items ((%1), restarted under each point), a typed
    /// number, a table, a soft break, a tab, a deleted revision, and a header and footer.</summary>
    internal static byte[] Statement() => Build(
        [
            P("JOINT STATEMENT ON MARITIME COOPERATION"),
            P("The two Foreign Ministers met in Lumen on 3 May 2026 and adopted the following points."),
            P("Political cooperation", numId: 1),
            P("The two sides agreed to hold annual consultations at deputy minister level.", numId: 2),
            P("They agreed to exchange liaison officers between their coast guards.", numId: 2),
            P("Economic cooperation", numId: 1),
            P("Both sides welcomed the new shipping route between the two main ports.", numId: 3),
            P("They aim to double container traffic on the route by 2029.", numId: 3),
            P("The port authorities will publish a joint timetable.", numId: 1, level: 1),
            P("3. The two sides will meet again in Aland in 2027."),
            new Table(
                new TableRow(new TableCell(P("No.")), new TableCell(P("Project"))),
                new TableRow(new TableCell(P("1")), new TableCell(P("Coastal radar network")))),
            P(R("Annex"), new Run(new Break()), R("List of joint projects")),
            P(R("Signed in Lumen"), new Run(new TabChar()), R("3 May 2026")),
            P(R("The ministers "), new DeletedRun(new Run(new DeletedText("did not "))), R("agreed.")),
        ],
        StatementNumbering(), header: "DRAFT FOR CONSULTATION ONLY", footer: "Printed by the registry office");

    [Fact]
    public void Statement_ReadsParagraphsInOrder_WithAutomaticNumbersTyped()
    {
        var read = ReadDocx(Statement());

        Assert.Null(read.Error);
        Assert.Equal(ReadFormat.Docx, read.Format);
        Assert.Equal(
        [
            "JOINT STATEMENT ON MARITIME COOPERATION",
            "The two Foreign Ministers met in Lumen on 3 May 2026 and adopted the following points.",
            "1. Political cooperation",
            "(1) The two sides agreed to hold annual consultations at deputy minister level.",
            "(2) They agreed to exchange liaison officers between their coast guards.",
            "2. Economic cooperation",
            "(1) Both sides welcomed the new shipping route between the two main ports.",
            "(2) They aim to double container traffic on the route by 2029.",
            "a) The port authorities will publish a joint timetable.",
            "3. The two sides will meet again in Aland in 2027.",
            "No.",
            "Project",
            "1",
            "Coastal radar network",
            "Annex\nList of joint projects",
            "Signed in Lumen 3 May 2026",
            "The ministers agreed.",
        ], read.Text.Split("\n\n"));
    }

    [Fact]
    public void HeaderFooterAndDeletedText_DoNotAppear()
    {
        var read = ReadDocx(Statement());

        Assert.DoesNotContain("DRAFT FOR CONSULTATION", read.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("registry office", read.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("did not", read.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void NumberingFromAParagraphStyle_IsTyped()
    {
        var styles = new Styles(new Style(
            new StyleName { Val = "Statement item" },
            new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 7 })))
        { StyleId = "StatementItem", Type = StyleValues.Paragraph });
        var numbering = new Numbering(Abstract(5, Level(0, NumberFormatValues.LowerLetter, "(%1)")), Num(7, 5));

        var read = ReadDocx(Build(
            [P("Both sides will share tide gauge data.", style: "StatementItem"), P("They will train forecasters together.", style: "StatementItem")],
            numbering, styles));

        Assert.Equal("(a) Both sides will share tide gauge data.\n\n(b) They will train forecasters together.", read.Text);
    }

    [Fact]
    public void RomanStartAndLevelRestart_FollowTheDefinition()
    {
        var numbering = new Numbering(
            Abstract(0, Level(0, NumberFormatValues.UpperRoman, "%1.", start: 4), Level(1, NumberFormatValues.Decimal, "%1.%2")),
            Num(1, 0));

        var read = ReadDocx(Build(
            [P("Defence", numId: 1), P("Dialogue", numId: 1, level: 1), P("Exercises", numId: 1, level: 1), P("Trade", numId: 1), P("Tariffs", numId: 1, level: 1)],
            numbering));

        Assert.Equal("IV. Defence\n\nIV.1 Dialogue\n\nIV.2 Exercises\n\nV. Trade\n\nV.1 Tariffs", read.Text);
    }

    [Fact]
    public void CorruptDocumentXml_IsRefusedWithOneLine()
    {
        var bytes = Statement();
        using (var stream = new MemoryStream())
        {
            stream.Write(bytes);
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
            {
                zip.GetEntry("word/document.xml")!.Delete();
                using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
                writer.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>");
            }
            bytes = stream.ToArray();
        }

        var read = ReadDocx(bytes, "broken.docx");

        Assert.StartsWith("broken.docx: the DOCX cannot be read: ", read.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', read.Error!);
    }

    [Fact]
    public void TruncatedDocx_IsRefusedAsADocxThatCannotBeRead()
    {
        var read = ReadDocx(Statement()[..300], "cut.docx");

        Assert.StartsWith("cut.docx: the DOCX cannot be read: ", read.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ZipThatIsNotAWordDocument_IsRefused()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        using (var writer = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open()))
            writer.Write("<workbook/>");

        var read = ReadDocx(stream.ToArray(), "figures.xlsx");

        Assert.Equal("figures.xlsx is not a text, HTML, PDF or DOCX file", read.Error);
    }
}
