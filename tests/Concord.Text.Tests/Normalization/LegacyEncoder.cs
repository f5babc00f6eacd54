using System.Text;
using Concord.Text.Normalization;

namespace Concord.Text.Tests.Normalization;

/// <summary>
/// Writes Unicode text in the legacy encodings by inverting the decoders: every byte and every
/// letter-plus-mark pair is decoded, and each resulting letter remembers the shortest bytes that made it.
/// Round trips through these catch a table that maps two bytes to one letter or leaves a letter out;
/// the hand-checked byte sequences in the tests catch a table that is consistently wrong.
/// </summary>
public static class LegacyEncoder
{
    static readonly Dictionary<char, byte[]> Tcvn3Bytes = Invert(b => Tcvn3.Decode(b), pairs: false, vni: false);
    static readonly Dictionary<char, byte[]> VniBytes = Invert(b => Vni.Decode(b), pairs: true, vni: true);
    static readonly Dictionary<char, byte[]> Windows1258Bytes = Invert(b => Windows1258.Decode(b), pairs: true, vni: false);

    /// <summary>TCVN3; a capital with a tone mark, which has no byte, is written with the lower-case
    /// byte as the .VnTimeH font did.</summary>
    public static byte[] ToTcvn3(string text) => Encode(text, Tcvn3Bytes, lowerCaseFallback: true);

    public static byte[] ToVni(string text) => Encode(text, VniBytes, lowerCaseFallback: false);

    public static byte[] ToWindows1258(string text) => Encode(text, Windows1258Bytes, lowerCaseFallback: false);

    static byte[] Encode(string text, Dictionary<char, byte[]> table, bool lowerCaseFallback)
    {
        var bytes = new List<byte>();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (table.TryGetValue(c, out var b) || (lowerCaseFallback && table.TryGetValue(char.ToLowerInvariant(c), out b)))
                bytes.AddRange(b);
            else
                throw new ArgumentException($"'{c}' (U+{(int)c:X4}) has no bytes in this encoding", nameof(text));
        }
        return [.. bytes];
    }

    delegate string Decoder(ReadOnlySpan<byte> bytes);

    static Dictionary<char, byte[]> Invert(Decoder decode, bool pairs, bool vni)
    {
        var table = new Dictionary<char, byte[]>();
        // VNI: a byte read as its Latin-1 character is a leftover, not VNI's way of writing that letter
        // (ý is "yù", not the Latin-1 byte 0xFD). Those come last. Windows-1258 does use its Latin-1 á.
        var leftovers = Enumerable.Range(0xA0, 0x60).Where(b => vni && decode([(byte)b]) == ((char)b).ToString()).ToHashSet();
        for (var b = 0; b < 256; b++)
        {
            if (!leftovers.Contains(b)) Remember(table, decode, [(byte)b], vni);
        }
        if (pairs)
        {
            for (var first = 0x20; first < 256; first++)
            {
                for (var second = 0x80; second < 256; second++)
                    Remember(table, decode, [(byte)first, (byte)second], vni);
            }
        }
        foreach (var b in leftovers)
            Remember(table, decode, [(byte)b], vni);
        return table;
    }

    static void Remember(Dictionary<char, byte[]> table, Decoder decode, byte[] bytes, bool vni)
    {
        var text = decode(bytes).Normalize(NormalizationForm.FormC);
        if (text.Length != 1 || table.ContainsKey(text[0])) return;
        // VNI: a mark byte of the other case than its letter is legal but not what an editor writes.
        if (vni && bytes.Length == 2 && char.IsLetter((char)bytes[0]) && char.IsUpper((char)bytes[0]) != (bytes[1] < 0xE0)) return;
        table[text[0]] = bytes;
    }
}
