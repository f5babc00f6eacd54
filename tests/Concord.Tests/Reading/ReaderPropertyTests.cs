using System.Text;
using Concord.Reading;
using CsCheck;

namespace Concord.Tests.Reading;

/// <summary>Whatever bytes a file holds, reading it gives text or one line of error, never an exception.</summary>
public sealed class ReaderPropertyTests
{
    static readonly (string Name, byte[] Bytes)[] Fixtures =
    [
        ("statement.pdf", new PdfPages { Header = "Joint Statement", Footer = "- {0} -" }
            .Lines(0, "1. The two sides agreed to cooperate on coastal", "resilience and disaster relief.").NewPage().Line("2. They will meet again.").Build()),
        ("statement.docx", DocxReaderTests.Statement()),
        ("statement.html", Encoding.UTF8.GetBytes(HtmlPages.ArticlePage())),
        ("statement.txt", Encoding.UTF8.GetBytes("1. Hai bên nhất trí hợp tác.\n\n2. The sides agreed.")),
    ];

    /// <summary>A fixture with a few bytes overwritten, or cut short, or bytes from nowhere behind a format's magic.</summary>
    static readonly Gen<(string Name, byte[] Bytes)> Files = Gen.OneOf(
        Gen.Select(Gen.Int[0, Fixtures.Length - 1], Gen.Select(Gen.Int[0, int.MaxValue], Gen.Byte).Array[1, 12], (f, edits) =>
        {
            var bytes = (byte[])Fixtures[f].Bytes.Clone();
            foreach (var (at, value) in edits) bytes[at % bytes.Length] = value;
            return (Fixtures[f].Name, bytes);
        }),
        Gen.Select(Gen.Int[0, Fixtures.Length - 1], Gen.Double[0, 1], (f, share) =>
            (Fixtures[f].Name, Fixtures[f].Bytes[..Math.Max(1, (int)(Fixtures[f].Bytes.Length * share))])),
        Gen.Select(Gen.OneOf<string>("%PDF-1.7\n", "PK\u0003\u0004", "<html><body>", "", "\uFEFF"), Gen.Byte.Array[0, 600], (magic, tail) =>
            ("random.bin", Encoding.Latin1.GetBytes(magic).Concat(tail).ToArray())));

    [Fact]
    public void Read_AnyBytes_GivesTextOrOneLineOfError()
    {
        Files.Sample(file =>
        {
            using var temp = TempFile.With(file.Name, file.Bytes);

            var read = DocumentReader.Read(temp.Path, new ReadOptions());

            if (read.Error is not null)
            {
                Assert.DoesNotContain('\n', read.Error);
                Assert.Equal("", read.Text);
            }
            else
            {
                Assert.DoesNotContain('\r', read.Text);
                Assert.True(read.Text.IsNormalized(NormalizationForm.FormC));
                Assert.Contains(read.Format, new[] { "text", "markdown", "html", "pdf", "docx" });
            }
        }, iter: 300);
    }
}
