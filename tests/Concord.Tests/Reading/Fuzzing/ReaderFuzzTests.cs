using System.Globalization;
using System.Text;
using Concord.Reading;
using Concord.Text.Extraction;
using CsCheck;

namespace Concord.Tests.Reading.Fuzzing;

/// <summary>Mutational fuzzing of every reader, from real files (<see cref="FuzzSeeds"/>) through
/// <see cref="Mutator"/>'s moves, for a fixed time: CONCORD_FUZZ_SECONDS in all (20 s unless set), shared by the four
/// readers. Whatever the bytes, a reader answers normalised text or one line of refusal, within seconds, raising no
/// bug of ours on the way (<see cref="BugWatch"/>), and the text core extracts from what it answered.</summary>
public sealed class ReaderFuzzTests
{
    const string Variable = "CONCORD_FUZZ_SECONDS";
    static readonly TimeSpan PerInput = TimeSpan.FromSeconds(20);

    static int Seconds => Math.Max(1, (int.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.None, CultureInfo.InvariantCulture, out int s) ? s : 20) / 4);

    [Fact]
    public void Fuzz_TextInEveryEncoding_ReadsOrRefusesCleanly() => Fuzz(Mutator.Of(FuzzSeeds.Text.Value), "statement.txt");

    [Fact]
    public void Fuzz_Html_ReadsOrRefusesCleanly() => Fuzz(Mutator.Of(FuzzSeeds.Html.Value), "page.html");

    [Fact]
    public void Fuzz_Pdf_ReadsOrRefusesCleanly() => Fuzz(Mutator.Of(FuzzSeeds.Pdf.Value), "statement.pdf");

    [Fact]
    public void Fuzz_Docx_ReadsOrRefusesCleanly() => Fuzz(Mutator.OfZip(FuzzSeeds.Docx.Value), "statement.docx");

    static void Fuzz(Gen<byte[]> files, string name) =>
        files.Sample(bytes => Check(bytes, name), time: Seconds, threads: 1,
            print: bytes => $"{bytes.Length} bytes: {Convert.ToBase64String(bytes[..Math.Min(bytes.Length, 4096)])}");

    /// <summary>Reads <paramref name="bytes"/> as <paramref name="name"/> and asserts all a reader promises.</summary>
    internal static void Check(byte[] bytes, string name)
    {
        ReadResult? read = null;
        IReadOnlyList<string> bugs = [];
        long allocated = 0;
        var reading = Task.Run(() =>
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            bugs = BugWatch.During(() =>
            {
                read = DocumentReader.Read(bytes, name, new ReadOptions());
                if (read.Error is null) Extract(read.Text);
            });
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        });
        Assert.True(reading.Wait(PerInput), $"reading {name} took more than {PerInput.TotalSeconds} s");
        Assert.True(bugs.Count == 0, string.Join("\n", bugs));
        Assert.True(allocated < 1L << 30, $"reading {bytes.Length} bytes allocated {allocated / 1048576} MB");
        if (read!.Error is not null)
        {
            Assert.DoesNotContain('\n', read.Error);
            Assert.Equal("", read.Text);
            return;
        }
        Assert.False(string.IsNullOrWhiteSpace(read.Text));
        Assert.DoesNotContain('\r', read.Text);
        Assert.True(read.Text.IsNormalized(NormalizationForm.FormC));
    }

    static void Extract(string text)
    {
        var document = StatementExtractor.Extract(text, new ExtractOptions());
        foreach (var item in document.Items)
            Assert.InRange(item.Outline.Span.End, item.Outline.Span.Start, text.Length);
    }
}
