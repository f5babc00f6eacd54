namespace Concord.Text.Normalization;

/// <summary>
/// TCVN3 (ABC), the byte encoding of the <c>.VnTime</c> fonts: one byte per letter, ASCII below 0x80,
/// precomposed lower-case Vietnamese letters and the seven capitals Ă Â Ê Ô Ơ Ư Đ in 0xA1-0xFE.
/// Capitals with a tone mark were usually typed in a second font (<c>.VnTimeH</c>) with the lower-case
/// bytes, so the bytes alone say "ấ" where the page showed "Ấ": a word or line whose ASCII letters are
/// all capitals is given capitals throughout. The few capitals TCVN 5712 places in otherwise unused
/// positions (0xAF Ằ, 0xC4 Ấ, ...) and its combining tone marks at 0xB0-0xB4 are read as the standard
/// defines them; 0x80-0x9F, unused by TCVN3, are read as Windows-1252 (curly quotes, dashes).
/// </summary>
internal static class Tcvn3
{
    // 0x80-0xFF. Checked against TCVN 5712:1993 (VN3 letters, VN1 capitals in the gaps).
    const string High =
        Windows1252.Range80To9F +                      // 0x80-0x9F
        "\u00A0ĂÂÊÔƠƯĐăâêôơưđẰ" +                      // 0xA0
        "\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ" + // 0xB0
        "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ" +                          // 0xC0
        "éẹềểễếệìỉỄẾỒĩíịò" +                          // 0xD0
        "Ổỏõóọồổỗốộờởỡớợù" +                          // 0xE0
        "ỖủũúụừửữứựỳỷỹýỵỐ";                           // 0xF0

    internal static readonly char[] Map = BuildMap();

    static char[] BuildMap()
    {
        var map = new char[256];
        for (var b = 0; b < 0x80; b++) map[b] = (char)b;
        for (var b = 0x80; b < 0x100; b++) map[b] = High[b - 0x80];
        return map;
    }

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
            chars[i] = Map[bytes[i]];
        RestoreCapitals(bytes, chars);
        return new string(chars);
    }

    // One byte is one char, so byte i decides about char i. A word is uppercased when it has two or
    // more ASCII letters, all capitals ("NéI" -> "NỘI"); a line when it has three or more and no
    // lower-case ASCII letter ("Hµ NéI" -> "HÀ NỘI").
    static void RestoreCapitals(ReadOnlySpan<byte> bytes, Span<char> chars)
    {
        var lineStart = 0;
        while (lineStart < bytes.Length)
        {
            var lineEnd = bytes[lineStart..].IndexOf((byte)'\n');
            lineEnd = lineEnd < 0 ? bytes.Length : lineStart + lineEnd;
            var line = bytes[lineStart..lineEnd];
            if (LooksCapital(line, 3))
                Uppercase(chars.Slice(lineStart, line.Length));
            else
                RestoreWordCapitals(line, chars.Slice(lineStart, line.Length));
            lineStart = lineEnd + 1;
        }
    }

    static void RestoreWordCapitals(ReadOnlySpan<byte> line, Span<char> chars)
    {
        var start = 0;
        while (start < line.Length)
        {
            if (!IsWordByte(line[start])) { start++; continue; }
            var end = start;
            while (end < line.Length && IsWordByte(line[end])) end++;
            if (LooksCapital(line[start..end], 2))
                Uppercase(chars[start..end]);
            start = end;
        }
    }

    static bool LooksCapital(ReadOnlySpan<byte> bytes, int minimumCapitals)
    {
        var capitals = 0;
        var vietnamese = false;
        foreach (var b in bytes)
        {
            if (b is >= (byte)'a' and <= (byte)'z') return false;
            if (b is >= (byte)'A' and <= (byte)'Z') capitals++;
            else if (b >= 0xA8 && char.IsLower(Map[b])) vietnamese = true;
        }
        return vietnamese && capitals >= minimumCapitals;
    }

    static bool IsWordByte(byte b) => b is >= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z' || (b >= 0xA1 && char.IsLetter(Map[b]));

    static void Uppercase(Span<char> chars)
    {
        for (var i = 0; i < chars.Length; i++)
            chars[i] = char.ToUpperInvariant(chars[i]);
    }
}
