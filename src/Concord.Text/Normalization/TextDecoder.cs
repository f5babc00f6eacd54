using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Concord.Text.Normalization;

/// <summary>
/// Turns the bytes of a text file into normalised text (<see cref="TextNormalizer"/>), finding the
/// encoding by content: a byte-order mark; UTF-16 by its NUL bytes; strict UTF-8 (or nearly: a few
/// damaged sequences); Shift_JIS when it reads as Japanese; otherwise the legacy Vietnamese encoding
/// whose text looks most Vietnamese (windows-1258, TCVN3, VNI). An <c>encoding-guessed</c> diagnostic
/// says which and why whenever the encoding was inferred. The legacy tables, with what they assume, are
/// the internal classes beside this one: <c>Tcvn3</c>, <c>Vni</c>, <c>Windows1258</c>, <c>ShiftJis</c>.
/// Refuses empty, binary and blank input with a one-line <see cref="DecodedText.Error"/>. Never throws;
/// linear in the input.
/// </summary>
public static class TextDecoder
{
    public const string Empty = "the file is empty";
    public const string Binary = "the file is binary, not text";
    public const string Blank = "the file holds only white space";

    static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];
    static ReadOnlySpan<byte> Utf16LeBom => [0xFF, 0xFE];
    static ReadOnlySpan<byte> Utf16BeBom => [0xFE, 0xFF];

    /// <summary>Detects the encoding of <paramref name="bytes"/>, decodes and normalises them.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return Refuse(Empty, "");
        if (bytes.StartsWith(Utf8Bom)) return FromUtf8(bytes[3..]);
        if (bytes.StartsWith(Utf16LeBom)) return FromUtf16(bytes[2..], little: true, guessed: false);
        if (bytes.StartsWith(Utf16BeBom)) return FromUtf16(bytes[2..], little: false, guessed: false);

        if (bytes.IndexOf((byte)0) >= 0)
        {
            // NULs only at the end are padding (old systems filled the last block), not UTF-16.
            var unpadded = bytes.TrimEnd((byte)0);
            if (unpadded.IndexOf((byte)0) >= 0)
            {
                return ByteSniffer.Utf16Order(bytes) is { } little
                    ? FromUtf16(bytes, little, guessed: true)
                    : Refuse(Binary, "");
            }
            bytes = unpadded;
            if (bytes.IsEmpty) return Refuse(Binary, "");
        }
        return FromEightBit(bytes);
    }

    static DecodedText FromEightBit(ReadOnlySpan<byte> bytes)
    {
        if (ByteSniffer.HasManyControls(bytes)) return Refuse(Binary, "");
        if (Utf8.IsValid(bytes)) return Finish(Encoding.UTF8.GetString(bytes), "utf-8", []);

        var (multiByte, invalid) = ByteSniffer.Utf8Sequences(bytes);
        // A UTF-8 file with a few damaged bytes (cut short, one bad copy) stays UTF-8.
        if (multiByte >= 4 * invalid) return FromDamagedUtf8(bytes, invalid);

        if (ShiftJis.TryDecode(bytes) is var (japanese, reason)) return Finish(japanese, "shift_jis", [reason]);
        var (text, encoding, why) = LegacyEncodings.Decode(bytes);
        return Finish(text, encoding, [why]);
    }

    // After a UTF-8 byte-order mark: UTF-8 whatever follows.
    static DecodedText FromUtf8(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IndexOf((byte)0) >= 0 || ByteSniffer.HasManyControls(bytes)) return Refuse(Binary, "utf-8");
        return Utf8.IsValid(bytes)
            ? Finish(Encoding.UTF8.GetString(bytes), "utf-8", [])
            : FromDamagedUtf8(bytes, ByteSniffer.Utf8Sequences(bytes).Invalid);
    }

    static DecodedText FromDamagedUtf8(ReadOnlySpan<byte> bytes, long invalid)
    {
        var note = new Diagnostic("invalid-bytes", string.Create(CultureInfo.InvariantCulture,
            $"{invalid} byte sequence(s) are not valid UTF-8 and were replaced by U+FFFD"));
        return Finish(Encoding.UTF8.GetString(bytes), "utf-8", [note]);
    }

    static DecodedText FromUtf16(ReadOnlySpan<byte> bytes, bool little, bool guessed)
    {
        var name = little ? "utf-16le" : "utf-16be";
        var raw = ByteSniffer.Utf16(little).GetString(bytes);
        if (!ByteSniffer.LooksLikeText(raw)) return Refuse(Binary, name);
        IReadOnlyList<Diagnostic> notes = guessed
            ? [new Diagnostic("encoding-guessed", $"no byte-order mark; read as {(little ? "UTF-16 little-endian" : "UTF-16 big-endian")} from the pattern of NUL bytes")]
            : [];
        return Finish(raw, name, notes);
    }

    static DecodedText Finish(string raw, string encoding, IReadOnlyList<Diagnostic> diagnostics)
    {
        var text = TextNormalizer.Normalize(raw);
        if (text.Length == 0) return Refuse(Empty, encoding);
        if (string.IsNullOrWhiteSpace(text)) return Refuse(Blank, encoding);
        return new DecodedText(text, encoding, diagnostics);
    }

    static DecodedText Refuse(string reason, string encoding) => new("", encoding, [], reason);
}
