using System.Buffers;
using System.Globalization;
using System.Text;

namespace Concord.Text.Normalization;

/// <summary>Looks at raw bytes before any decoding: binary or text, UTF-16 without a byte-order mark,
/// UTF-8 with a few broken sequences.</summary>
internal static class ByteSniffer
{
    // Control bytes plain text does not use: DEL and all below 0x20 except tab, line feed, vertical tab,
    // form feed, carriage return and Ctrl-Z (which old DOS editors left at the end of a file).
    static readonly SearchValues<byte> Controls = SearchValues.Create(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 27, 28, 29, 30, 31, 127]);

    /// <summary>More than one byte in a hundred is a control character that text does not use.</summary>
    public static bool HasManyControls(ReadOnlySpan<byte> bytes)
    {
        long controls = 0;
        var rest = bytes;
        int at;
        while ((at = rest.IndexOfAny(Controls)) >= 0)
        {
            controls++;
            rest = rest[(at + 1)..];
        }
        return controls * 100 > bytes.Length;
    }

    /// <summary>
    /// Reads the pattern of NUL bytes: UTF-16 text has them in the high byte of every ASCII character
    /// (odd offsets little-endian, even offsets big-endian). True for little-endian, false for big-endian,
    /// null when the bytes are not UTF-16 text (a stray NUL in 8-bit text, binary data).
    /// </summary>
    public static bool? Utf16Order(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 1 << 16) & ~1)];
        var pairs = sample.Length / 2;
        if (pairs == 0) return null;
        int evenNuls = 0, oddNuls = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenNuls++;
            if (sample[i + 1] == 0) oddNuls++;
        }
        // Newlines, spaces and digits alone put a NUL in more than one pair in five hundred.
        bool[] order = oddNuls >= evenNuls ? [true, false] : [false, true];
        foreach (var little in order)
        {
            var highNuls = little ? oddNuls : evenNuls;
            if (highNuls * 500L < pairs) continue;
            if (LooksLikeText(Utf16(little).GetString(sample))) return little;
        }
        return null;
    }

    public static Encoding Utf16(bool little) => little ? Encoding.Unicode : Encoding.BigEndianUnicode;

    /// <summary>At most one character in fifty is a control character, an unpaired surrogate (decoded
    /// as U+FFFD) or unassigned.</summary>
    public static bool LooksLikeText(string text)
    {
        var bad = 0;
        foreach (var c in text)
        {
            if (c is < ' ' and not ('\t' or '\n' or '\v' or '\f' or '\r' or '\u001A') or >= '\u007F' and <= '\u009F' or '\uFFFD'
                || (c > '\u00FF' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherNotAssigned))
                bad++;
        }
        return bad * 50L <= text.Length;
    }

    /// <summary>Counts valid multi-byte sequences and invalid ones of bytes that are not strictly UTF-8.</summary>
    public static (long MultiByte, long Invalid) Utf8Sequences(ReadOnlySpan<byte> bytes)
    {
        long multi = 0, invalid = 0;
        var rest = bytes;
        while (true)
        {
            var at = rest.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (at < 0) break;
            rest = rest[at..];
            var status = Rune.DecodeFromUtf8(rest, out _, out var consumed);
            if (status == OperationStatus.Done) multi++;
            else invalid++;
            rest = rest[Math.Max(consumed, 1)..];
        }
        return (multi, invalid);
    }
}
