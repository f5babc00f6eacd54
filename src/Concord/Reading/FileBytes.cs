namespace Concord.Reading;

/// <summary>The refusals that come before any parsing: missing, a directory, unreadable, too large, empty.</summary>
internal static class FileBytes
{
    /// <returns>A refusal, or null with the file's bytes.</returns>
    public static ReadResult? Load(string path, string name, long maxBytes, out byte[] bytes)
    {
        bytes = [];
        if (Directory.Exists(path)) return ReadResult.Refused($"{path} is a directory, not a file");
        if (!File.Exists(path)) return ReadResult.Refused($"{path}: file not found");
        try
        {
            // The length is checked before reading, so a 2 GB file costs nothing.
            long length = new FileInfo(path).Length;
            if (length > maxBytes) return TooLarge(name, length, maxBytes);
            if (length == 0) return ReadResult.Refused($"{name} is empty");
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            // The file may grow between the check and the read: read at most one byte over the limit.
            var buffer = new byte[Math.Min(length, maxBytes) + 1];
            int total = 0, n;
            while (total < buffer.Length && (n = stream.Read(buffer, total, buffer.Length - total)) > 0) total += n;
            if (total > maxBytes) return TooLarge(name, stream.Length, maxBytes);
            if (total == 0) return ReadResult.Refused($"{name} is empty");
            Array.Resize(ref buffer, total);
            bytes = buffer;
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return ReadResult.Refused($"{name} cannot be read: {ReadResult.OneLine(e.Message)}");
        }
    }

    internal static ReadResult TooLarge(string name, long length, long maxBytes) =>
        ReadResult.Refused($"{name}: {Size(length)} is over the {Size(maxBytes)} limit (--max-size)");

    /// <summary>130 MB, 1.5 MB, 12 KB, 300 bytes: whole numbers when they are large enough to be honest.</summary>
    internal static string Size(long bytes)
    {
        const double Kb = 1024, Mb = 1024 * 1024;
        var c = System.Globalization.CultureInfo.InvariantCulture;
        return bytes switch
        {
            >= 100 * 1024 * 1024 => (bytes / Mb).ToString("0", c) + " MB",
            >= 1024 * 1024 => (bytes / Mb).ToString("0.#", c) + " MB",
            >= 1024 => (bytes / Kb).ToString("0.#", c) + " KB",
            _ => bytes.ToString(c) + " bytes",
        };
    }
}
