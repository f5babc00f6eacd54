namespace Concord.Reading;

/// <summary>Recognises numbering typed at the start of a paragraph (<c>4.</c>, <c>4.Về</c>, <c>(1)</c>, <c>a)</c>,
/// <c>IV.</c>), so that an automatic number is not put in front of one that is already there.</summary>
internal static class TypedNumber
{
    public static bool StartsWithOne(ReadOnlySpan<char> text)
    {
        int i = 0;
        bool parenthesis = text.Length > 0 && text[0] is '(' or '（';
        if (parenthesis) i++;
        int start = i;
        while (i < text.Length && i - start < 4 && char.IsAsciiDigit(text[i])) i++;
        bool digits = i > start;
        if (!digits)
        {
            while (i < text.Length && i - start < 5 && "ivxlcIVXLC".Contains(text[i])) i++;
            if (i == start && i < text.Length && char.IsAsciiLetter(text[i])) i++;
        }
        if (i == start || i >= text.Length) return false;
        bool closed = parenthesis ? text[i] is ')' or '）' : text[i] is '.' or ')' or '）';
        // "U.S." and "e.g." are not numbers: a letter or numeral needs a space after it; digits do not ("4.Về").
        return closed && (digits || i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]));
    }
}
