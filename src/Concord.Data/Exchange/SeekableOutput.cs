namespace Concord.Data.Exchange;

/// <summary>Open XML packages (XLSX, DOCX) are written to a stream they can seek; a response body cannot, so it gets
/// the package through a buffer.</summary>
public static class SeekableOutput
{
    public static void Write(Stream stream, Action<Stream> write)
    {
        if (stream.CanSeek)
        {
            write(stream);
            return;
        }
        using var buffer = new MemoryStream();
        write(buffer);
        buffer.Position = 0;
        buffer.CopyTo(stream);
    }
}
