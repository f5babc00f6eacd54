namespace Concord.Text.Outline;

/// <summary>What the start of a paragraph says about its place in the outline.</summary>
/// <param name="Content">The paragraph without its label and heading mark-up.</param>
readonly record struct LabelledParagraph(TextSpan Paragraph, Label Label, TextSpan Content, HeadingMark Heading);

/// <summary>Reads the numbering label at the start of a paragraph, after stripping Markdown and HTML
/// heading mark-up: <c>## 3. On trade</c>, <c>**(2) Energy**</c>, <c>&lt;u&gt;Annex&lt;/u&gt;</c>.</summary>
static class LabelReader
{
    const int MaxHeadingLength = 220;
    const int MaxHeadingWords = 32;

    public static LabelledParagraph Read(string text, TextSpan paragraph)
    {
        var content = paragraph;
        bool marked = StripMarkup(text, ref content);
        var label = ReadLabel(text, content.Start, content.End);
        if (label.Style != LabelStyle.None)
            content = Trim(text, new TextSpan(label.Span.End, content.End));
        var heading = marked ? HeadingMark.Strong : HeadingOf(text, content);
        return new LabelledParagraph(paragraph, label, content, heading);
    }

    public static bool StartsWithLabel(string text, TextSpan line)
    {
        if (line.Length > 1 && text[line.Start] == '#') return true;
        return ReadLabel(text, line.Start, line.End).Style != LabelStyle.None;
    }

    static bool StripMarkup(string text, ref TextSpan content)
    {
        bool marked = false;
        int s = content.Start, e = content.End;
        int hashes = 0;
        while (s + hashes < e && hashes < 6 && text[s + hashes] == '#') hashes++;
        if (hashes > 0 && s + hashes < e && text[s + hashes] == ' ')
        {
            s += hashes;
            while (e > s && text[e - 1] == '#') e--;
            marked = true;
        }
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        foreach (var (open, close) in Wrappers)
        {
            if (e - s > open.Length + close.Length
                && string.CompareOrdinal(text, s, open, 0, open.Length) == 0
                && string.CompareOrdinal(text, e - close.Length, close, 0, close.Length) == 0
                && text.IndexOf('\n', s, e - s) < 0)
            {
                s += open.Length;
                e -= close.Length;
                marked = true;
            }
        }
        content = Trim(text, new TextSpan(s, e));
        return marked;
    }

    static readonly (string Open, string Close)[] Wrappers =
    [
        ("**", "**"), ("__", "__"), ("<u>", "</u>"), ("<b>", "</b>"), ("<strong>", "</strong>"),
    ];

    static Label ReadLabel(string text, int s, int e)
    {
        if (s >= e) return Label.None;
        char c = text[s];
        if (c is '(' or '（') return Parenthesised(text, s, e);
        if (c is >= '\u2460' and <= '\u2473')
            return new Label(LabelStyle.ParenDecimal, c - '\u2460' + 1, new TextSpan(s, s + 1));
        if (Digit(c) >= 0) return Numbered(text, s, e);
        if (c is >= 'a' and <= 'z' && s + 1 < e && text[s + 1] == ')' && EndsLabel(text, s + 2, e))
            return new Label(LabelStyle.AlphaParen, c - 'a' + 1, new TextSpan(s, s + 2));
        if (c is 'I' or 'V' or 'X') return Roman(text, s, e);
        if (c is '-' or '–' or '•' or '●' or '▪' or '◦' or '*' or '・' or '·' or '+'
            && s + 1 < e && text[s + 1] is ' ' or '\t' or '\u00A0')
            return new Label(LabelStyle.Bullet, 0, new TextSpan(s, s + 1));
        return Label.None;
    }

    static Label Parenthesised(string text, int s, int e)
    {
        int i = s + 1;
        int limit = Math.Min(e, s + 8);
        int close = -1;
        for (int j = i; j < limit; j++)
        {
            if (text[j] is ')' or '）') { close = j; break; }
        }
        if (close <= i || !EndsLabel(text, close + 1, e)) return Label.None;
        var span = new TextSpan(s, close + 1);
        if (ParseNumber(text, i, close) is var n and > 0)
            return new Label(LabelStyle.ParenDecimal, n, span);
        if (RomanValue(text, i, close, lower: true) is var r and > 0)
            return new Label(LabelStyle.ParenRoman, r, span);
        if (close == i + 1 && text[i] is >= 'a' and <= 'z')
            return new Label(LabelStyle.ParenAlpha, text[i] - 'a' + 1, span);
        return Label.None;
    }

    static Label Numbered(string text, int s, int e)
    {
        int i = s;
        while (i < e && i - s < 4 && Digit(text[i]) >= 0) i++;
        if (i - s > 3 || i >= e) return Label.None;
        int number = ParseNumber(text, s, i);
        char c = text[i];
        if (c == ')' && EndsLabel(text, i + 1, e))
            return new Label(LabelStyle.DecimalParen, number, new TextSpan(s, i + 1));
        if (c is not ('.' or '．' or '、')) return Label.None;
        if (i + 1 < e && Digit(text[i + 1]) >= 0) return DottedLabel(text, s, e);
        // "4.Về" is a label; "3.5" is not (handled above) and neither is a lone "1." at the very end.
        if (i + 1 >= e || !(char.IsWhiteSpace(text[i + 1]) || char.IsLetter(text[i + 1]) || text[i + 1] is '"' or '“' or '(' or '「'))
            return Label.None;
        return new Label(LabelStyle.DecimalDot, number, new TextSpan(s, i + 1));
    }

    /// <summary>"3.2 The two sides" or "3.2. The two sides"; "3.5 million people" is a number.</summary>
    static Label DottedLabel(string text, int s, int e)
    {
        int i = s, count = 0;
        while (i < e)
        {
            int start = i;
            while (i < e && i - start < 4 && Digit(text[i]) >= 0) i++;
            if (i == start || i - start > 3) return Label.None;
            count++;
            if (i < e && text[i] == '.' && i + 1 < e && Digit(text[i + 1]) >= 0) { i++; continue; }
            break;
        }
        int end = i < e && text[i] == '.' ? i + 1 : i;
        int next = end;
        while (next < e && text[next] == ' ') next++;
        if (count < 2 || next == end || next >= e || !(char.IsUpper(text[next]) || text[next] is '(' or '“' or '"'))
            return Label.None;
        var parts = text[s..i].Split('.').Select(p => ParseNumber(p, 0, p.Length)).ToArray();
        return new Label(LabelStyle.Dotted, parts[^1], new TextSpan(s, end), string.Join('.', parts));
    }

    static Label Roman(string text, int s, int e)
    {
        int i = s;
        while (i < e && i - s < 7 && text[i] is 'I' or 'V' or 'X' or 'L') i++;
        if (i >= e || text[i] != '.' || !EndsLabel(text, i + 1, e)) return Label.None;
        int value = RomanValue(text, s, i, lower: false);
        return value > 0 ? new Label(LabelStyle.RomanDot, value, new TextSpan(s, i + 1)) : Label.None;
    }

    /// <summary>A label ends at a space, a letter ("4.Về") or the end of the paragraph.</summary>
    static bool EndsLabel(string text, int i, int e) =>
        i >= e || char.IsWhiteSpace(text[i]) || char.IsLetter(text[i]) || text[i] is '"' or '“' or '「';

    static int RomanValue(string text, int s, int e, bool lower)
    {
        int total = 0, previous = int.MaxValue;
        for (int i = s; i < e; i++)
        {
            int v = (lower ? text[i] : char.ToLowerInvariant(text[i])) switch
            {
                'i' => 1, 'v' => 5, 'x' => 10, 'l' => 50, _ => 0,
            };
            if (v == 0 || (lower && !char.IsLower(text[i]))) return 0;
            total += v > previous ? v - 2 * previous : v;
            previous = v;
        }
        return total is > 0 and <= 60 ? total : 0;
    }

    static int ParseNumber(string text, int s, int e)
    {
        if (e <= s || e - s > 3) return 0;
        int n = 0;
        for (int i = s; i < e; i++)
        {
            int d = Digit(text[i]);
            if (d < 0) return 0;
            n = n * 10 + d;
        }
        return n;
    }

    static int Digit(char c) => c is >= '0' and <= '9' ? c - '0' : c is >= '０' and <= '９' ? c - '０' : -1;

    static HeadingMark HeadingOf(string text, TextSpan content)
    {
        int length = content.Length;
        if (length == 0 || length > MaxHeadingLength || text.IndexOf('\n', content.Start, length) >= 0)
            return HeadingMark.None;
        char last = text[content.End - 1];
        if (last is '.' or ';' or ':' or ',' or '!' or '?' or '。' or '；' or '：' or '、' or '…' or '，')
            return HeadingMark.None;
        int words = 1, letters = 0, upper = 0;
        for (int i = content.Start; i < content.End; i++)
        {
            char c = text[i];
            if (c == ' ') words++;
            else if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c)) upper++;
            }
        }
        if (letters == 0 || words > MaxHeadingWords) return HeadingMark.None;
        return letters >= 4 && upper == letters ? HeadingMark.Strong : HeadingMark.Weak;
    }

    static TextSpan Trim(string text, TextSpan span)
    {
        int s = span.Start, e = span.End;
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        return new TextSpan(s, e);
    }
}
