namespace Concord.Text.Normalization;

/// <summary>
/// VNI (VNI-Windows, the <c>VNI-Times</c> fonts): an ASCII base letter followed by one byte that adds the
/// marks, e.g. <c>Vieät Nam</c> for "Việt Nam" (<c>â</c> 0xE2 puts a circumflex, <c>ä</c> 0xE4 a circumflex
/// and a dot below) and <c>Haø Noäi</c> for "Hà Nội". ơ ư đ and the i and ỵ letters have a byte of their
/// own. The mark bytes are read as combining marks, which NFC then composes with the letter before
/// them; upper-case mark bytes (0xC0-0xDC) mean the same as lower-case ones. Bytes VNI leaves
/// unused are read as Windows-1252.
/// </summary>
internal static class Vni
{
    const string Circumflex = "\u0302", Breve = "\u0306";
    const string Acute = "\u0301", Grave = "\u0300", Hook = "\u0309", Tilde = "\u0303", Dot = "\u0323";

    // Lower-case bytes; the capital byte is 0x20 lower with the same marks, or the capital letter.
    static readonly (int Byte, string Lower, string Upper)[] Letters =
    [
        (0xE2, Circumflex, Circumflex),
        (0xE1, Circumflex + Acute, Circumflex + Acute),
        (0xE0, Circumflex + Grave, Circumflex + Grave),
        (0xE5, Circumflex + Hook, Circumflex + Hook),
        (0xE3, Circumflex + Tilde, Circumflex + Tilde),
        (0xE4, Circumflex + Dot, Circumflex + Dot),
        (0xEA, Breve, Breve),
        (0xE9, Breve + Acute, Breve + Acute),
        (0xE8, Breve + Grave, Breve + Grave),
        (0xFA, Breve + Hook, Breve + Hook),
        (0xFC, Breve + Tilde, Breve + Tilde),
        (0xEB, Breve + Dot, Breve + Dot),
        (0xF9, Acute, Acute),
        (0xF8, Grave, Grave),
        (0xFB, Hook, Hook),
        (0xF5, Tilde, Tilde),
        (0xEF, Dot, Dot),
        (0xED, "í", "Í"),
        (0xEC, "ì", "Ì"),
        (0xE6, "ỉ", "Ỉ"),
        (0xF3, "ĩ", "Ĩ"),
        (0xF2, "ị", "Ị"),
        (0xEE, "ỵ", "Ỵ"),
        (0xF4, "ơ", "Ơ"),
        (0xF6, "ư", "Ư"),
        (0xF1, "đ", "Đ"),
    ];

    internal static readonly string[] Map = BuildMap();

    static string[] BuildMap()
    {
        var map = new string[256];
        for (var b = 0; b < 0x80; b++) map[b] = ((char)b).ToString();
        for (var b = 0x80; b < 0xA0; b++) map[b] = Windows1252.Range80To9F[b - 0x80].ToString();
        for (var b = 0xA0; b < 0x100; b++) map[b] = ((char)b).ToString();
        foreach (var (b, lower, upper) in Letters)
        {
            map[b] = lower;
            map[b - 0x20] = upper;
        }
        return map;
    }

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var length = 0;
        foreach (var b in bytes) length += Map[b].Length;
        var chars = new char[length];
        var at = 0;
        foreach (var b in bytes)
        {
            var s = Map[b];
            if (s.Length == 1) chars[at++] = s[0];
            else { s.CopyTo(chars.AsSpan(at)); at += s.Length; }
        }
        return new string(chars);
    }
}
