namespace Concord.Reading;

/// <summary>Decides whether decoded text is an HTML page: it opens like one, or it is thick with tags.</summary>
internal static class HtmlSniffer
{
    static readonly string[] Openings = ["<!doctype html", "<html", "<head", "<body"];

    static readonly string[] CommonTags =
    [
        "p", "div", "br", "span", "a", "li", "ul", "ol", "table", "tr", "td", "h1", "h2", "h3", "h4", "h5", "h6",
        "b", "i", "u", "strong", "em", "img", "section", "article", "meta", "title", "script", "style", "link",
    ];

    public static bool LooksLikeHtml(string text)
    {
        var rest = SkipPreamble(text.AsSpan());
        foreach (var opening in Openings)
        {
            if (rest.StartsWith(opening, StringComparison.OrdinalIgnoreCase)
                && (rest.Length == opening.Length || !char.IsAsciiLetterOrDigit(rest[opening.Length])))
                return true;
        }
        return HasTagDensity(text);
    }

    /// <summary>White space, BOM, comments and an XML declaration may come before the first tag.</summary>
    static ReadOnlySpan<char> SkipPreamble(ReadOnlySpan<char> s)
    {
        while (true)
        {
            s = s.TrimStart().TrimStart('\uFEFF').TrimStart();
            int end;
            if (s.StartsWith("<!--")) end = s.IndexOf("-->") is >= 0 and var i ? i + 3 : -1;
            else if (s.StartsWith("<?")) end = s.IndexOf("?>") is >= 0 and var j ? j + 2 : -1;
            else return s;
            if (end < 0) return [];
            s = s[end..];
        }
    }

    /// <summary>At least ten known tags, a closing one among them, and markup making up a tenth of the text:
    /// a fragment of a page, not prose that mentions a tag.</summary>
    static bool HasTagDensity(string text)
    {
        int tags = 0, closing = 0;
        long markup = 0;
        for (int i = text.IndexOf('<'); i >= 0 && i < text.Length - 1; i = text.IndexOf('<', i + 1))
        {
            int start = text[i + 1] == '/' ? i + 2 : i + 1;
            int end = start;
            while (end < text.Length && end - start < 10 && char.IsAsciiLetterOrDigit(text[end])) end++;
            if (end == start || end >= text.Length || text[end] is not ('>' or ' ' or '/' or '\n' or '\t')) continue;
            if (!IsCommonTag(text.AsSpan(start, end - start))) continue;
            // A tag is short: looking only a little ahead keeps this linear on text full of stray '<'.
            int close = text.AsSpan(end, Math.Min(text.Length - end, 2000)).IndexOf('>');
            if (close < 0) continue;
            close += end;
            tags++;
            if (start == i + 2) closing++;
            markup += close - i + 1;
        }
        return tags >= 10 && closing > 0 && markup * 10 >= text.Length;
    }

    static bool IsCommonTag(ReadOnlySpan<char> name)
    {
        foreach (var tag in CommonTags)
            if (name.Equals(tag, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
