using System.IO.Compression;
using Concord.Data.Exchange;

namespace Concord.Tests.Reading.Fuzzing;

/// <summary>The fuzzer's oracle tells a bug of ours from a library's own business.</summary>
public sealed class BugWatchTests
{
    [Fact]
    public void During_AnExceptionRaisedInOurCode_IsSeenEvenWhenCaught()
    {
        var bugs = BugWatch.During(() =>
        {
            try { ZipBudget.Docx.Check(null!, "DOCX"); }
            catch (ArgumentNullException) { }
        });

        Assert.Contains("ArgumentNullException in Concord.Data.Exchange.ZipBudget.Check", Assert.Single(bugs), StringComparison.Ordinal);
    }

    [Fact]
    public void During_AnExceptionTheZipReaderRaisesAndCatchesItself_IsNotOurs()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            zip.CreateEntry("a.txt");
        byte[] bytes = buffer.ToArray();
        // Month 15 in the DOS date of the local and the central header: the zip reader's date conversion throws and
        // falls back to a default date.
        bytes[12] = 0xFF; bytes[13] = 0xFF;
        int central = bytes.AsSpan().IndexOf([(byte)0x50, (byte)0x4B, (byte)0x01, (byte)0x02]);
        bytes[central + 14] = 0xFF; bytes[central + 15] = 0xFF;

        var bugs = BugWatch.During(() => Assert.Null(ZipBudget.Docx.Check(bytes, "DOCX")));

        Assert.Empty(bugs);
    }
}
