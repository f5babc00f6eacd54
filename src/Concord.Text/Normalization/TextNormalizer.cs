using System.Buffers;
using System.Text;

namespace Concord.Text.Normalization;

public static class TextNormalizer
{
    // What needs rewriting before NFC: carriage returns, the other Unicode line breaks, byte-order
    // marks, and what normalisation throws on: unpaired surrogates and the non-characters U+FFFE, U+FFFF.
    static readonly SearchValues<char> Special = SearchValues.Create(
        "\r\u0085\u2028\u2029\uFEFF\uFFFE\uFFFF" + string.Concat(Enumerable.Range(0xD800, 0x800).Select(c => (char)c)));

    /// <summary>NFC, newlines as <c>\n</c>, no byte-order mark: what every span refers to.
    /// <c>"A\r\nB\rC"</c> becomes <c>"A\nB\nC"</c>; U+2028, U+2029 and U+0085 are newlines too; an
    /// unpaired surrogate or a U+FFFE / U+FFFF becomes U+FFFD. Never throws.</summary>
    public static string Normalize(string text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var s = text.AsSpan().IndexOfAny(Special) < 0 ? text : Rewrite(text);
        return s.IsNormalized(NormalizationForm.FormC) ? s : s.Normalize(NormalizationForm.FormC);
    }

    static string Rewrite(string text)
    {
        var builder = new StringBuilder(text.Length);
        var rest = text.AsSpan();
        int at;
        while ((at = rest.IndexOfAny(Special)) >= 0)
        {
            builder.Append(rest[..at]);
            var c = rest[at];
            var used = 1;
            if (c == '\r')
            {
                builder.Append('\n');
                if (at + 1 < rest.Length && rest[at + 1] == '\n') used = 2;
            }
            else if (c is '\u0085' or '\u2028' or '\u2029')
            {
                builder.Append('\n');
            }
            else if (char.IsHighSurrogate(c) && at + 1 < rest.Length && char.IsLowSurrogate(rest[at + 1]))
            {
                builder.Append(rest.Slice(at, 2));
                used = 2;
            }
            else if (char.IsSurrogate(c) || c >= '\uFFFE')
            {
                builder.Append('\uFFFD');
            }
            rest = rest[(at + used)..];
        }
        builder.Append(rest);
        return builder.ToString();
    }
}
