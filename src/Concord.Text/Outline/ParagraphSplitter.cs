namespace Concord.Text.Outline;

/// <summary>
/// Cuts a normalised text into paragraphs. Blank lines always separate paragraphs; inside a run of
/// non-blank lines a line break is a soft wrap (the line was hard-wrapped at a fixed width) only when
/// the next line's first word would not have fitted on this line, the way <c>fmt</c> wraps. Lines of a
/// text wider than <see cref="MaxWrapWidth"/> are never soft wraps: nobody wraps that wide, so such a
/// text has one paragraph per line.
/// </summary>
static class ParagraphSplitter
{
    const int MaxWrapWidth = 140;
    const int MinWrappedLines = 2;

    public static List<TextSpan> Split(string text)
    {
        var lines = Lines(text);
        int width = WrapWidth(text, lines);
        var paragraphs = new List<TextSpan>();
        int start = -1, end = -1;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                Flush();
                continue;
            }
            if (start >= 0 && !IsSoftWrap(text, lines[i - 1], line, width))
                Flush();
            if (start < 0) start = line.Start;
            end = line.End;
        }
        Flush();
        return paragraphs;

        void Flush()
        {
            if (start >= 0) paragraphs.Add(new TextSpan(start, end));
            start = -1;
        }
    }

    /// <summary>The lines of the text, trimmed of white space at both ends; a blank line has length 0.</summary>
    static List<TextSpan> Lines(string text)
    {
        var lines = new List<TextSpan>();
        int i = 0;
        while (i <= text.Length)
        {
            int nl = text.IndexOf('\n', i);
            int end = nl < 0 ? text.Length : nl;
            int s = i, e = end;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            lines.Add(s == e ? new TextSpan(s, s) : new TextSpan(s, e));
            if (nl < 0) break;
            i = nl + 1;
        }
        return lines;
    }

    /// <summary>The width a text was wrapped at: the longest line that is followed by another non-blank
    /// line, or 0 when the text is not hard-wrapped. A hard-wrapped text has most such lines filled close
    /// to that width; a page copied as one line per paragraph has lines of every length.</summary>
    static int WrapWidth(string text, List<TextSpan> lines)
    {
        var widths = new List<int>();
        for (int i = 0; i + 1 < lines.Count; i++)
        {
            if (lines[i].Length > 0 && lines[i + 1].Length > 0)
                widths.Add(Width(text, lines[i]));
        }
        if (widths.Count < MinWrappedLines) return 0;
        int widest = widths.Max();
        if (widest > MaxWrapWidth) return 0;
        int full = widths.Count(w => w * 10 >= widest * 7);
        return full >= MinWrappedLines && full * 10 >= widths.Count * 6 ? widest : 0;
    }

    static bool IsSoftWrap(string text, TextSpan previous, TextSpan line, int width)
    {
        if (width == 0 || LabelReader.StartsWithLabel(text, line)) return false;
        int firstWord = 0;
        while (firstWord < line.Length && !char.IsWhiteSpace(text[line.Start + firstWord])) firstWord++;
        // CJK text has no spaces: one (double-width) character is a word.
        if (firstWord > 0 && IsCjk(text[line.Start])) firstWord = 2;
        return Width(text, previous) + 1 + firstWord > width;
    }

    static int Width(string text, TextSpan line)
    {
        int width = 0;
        for (int i = line.Start; i < line.End; i++)
            width += IsCjk(text[i]) ? 2 : 1;
        return width;
    }

    static bool IsCjk(char c) => c is >= '\u3000' and <= '\u9FFF' or >= '\uFF00' and <= '\uFFEF';
}
