namespace Concord.Reading;

/// <summary>Tells bytes that cannot be a text file (images, archives, executables, old .doc) from text
/// in any of the encodings the decoder knows, UTF-16 included.</summary>
internal static class BinarySniffer
{
    static readonly byte[][] Magic =
    [
        [0x89, (byte)'P', (byte)'N', (byte)'G'], [0xFF, 0xD8, 0xFF], "GIF8"u8.ToArray(), [0x1F, 0x8B, 0x08],
        [0xD0, 0xCF, 0x11, 0xE0], [(byte)'P', (byte)'K', 0x05, 0x06], "Rar!"u8.ToArray(), [0x37, 0x7A, 0xBC, 0xAF],
    ];

    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        foreach (var magic in Magic)
            if (bytes.StartsWith(magic)) return true;
        if (HasBom(bytes)) return false;
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        int evenZeros = 0, oddZeros = 0, control = 0;
        for (int i = 0; i < sample.Length; i++)
        {
            byte b = sample[i];
            if (b == 0)
            {
                if ((i & 1) == 0) evenZeros++; else oddZeros++;
            }
            else if (b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D or 0x1B))
            {
                control++;
            }
        }
        // UTF-16 without a BOM puts its zeros (the high bytes of ASCII) on one side only; binary on both.
        if (evenZeros > 0 && oddZeros > 0) return true;
        // TCVN3 and VNI use a few C0 controls for letters, so only a real share of them means binary.
        return evenZeros + oddZeros == 0 && control > sample.Length / 10;
    }

    /// <summary>A UTF-8 or UTF-16 byte-order mark.</summary>
    public static bool HasBom(ReadOnlySpan<byte> b) =>
        b.Length >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF)
        || b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF;
}
