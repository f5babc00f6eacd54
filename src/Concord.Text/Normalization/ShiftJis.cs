using System.Globalization;
using System.Text;

namespace Concord.Text.Normalization;

/// <summary>
/// Shift_JIS (Windows code page 932), in which older Japanese text files come. Recognised by its
/// hiragana: Japanese prose is about half hiragana, while Vietnamese legacy bytes read as Shift_JIS give
/// half-width katakana and stray kanji, and stumble on invalid pairs.
/// </summary>
internal static class ShiftJis
{
    static readonly Encoding? CodePage = CodePagesEncodingProvider.Instance.GetEncoding(
        932, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));

    const int SampleBytes = 64 * 1024;

    /// <summary>The text when <paramref name="bytes"/> read as Shift_JIS look Japanese, and why; null otherwise.</summary>
    public static (string Text, Diagnostic Why)? TryDecode(ReadOnlySpan<byte> bytes)
    {
        if (CodePage is null) return null;
        var sample = CodePage.GetString(bytes[..Math.Min(bytes.Length, SampleBytes)]);
        int nonAscii = 0, hiragana = 0, invalid = 0;
        foreach (var c in sample)
        {
            if (c < '\u0080') continue;
            nonAscii++;
            if (c is >= '\u3041' and <= '\u309F') hiragana++;
            else if (c == '\uFFFD') invalid++;
        }
        // One invalid character is allowed: the sample may end in the middle of a pair.
        if (nonAscii == 0 || invalid > 1 || hiragana * 5 < nonAscii) return null;

        var why = new Diagnostic("encoding-guessed", string.Create(CultureInfo.InvariantCulture,
            $"not UTF-8; read as Shift_JIS: {100 * hiragana / nonAscii}% of the characters outside ASCII are hiragana"));
        return (bytes.Length <= SampleBytes ? sample : CodePage.GetString(bytes), why);
    }
}
