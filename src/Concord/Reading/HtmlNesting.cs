namespace Concord.Reading;

/// <summary>
/// How deep a page's elements nest, counted on the markup before parsing. Parsers cap the depth (at
/// 512 for AngleSharp) and slow down sharply past it, so a page nested deeper is refused before it is parsed.
/// Elements that are empty or may be left open (<c>br</c>, <c>p</c>, <c>li</c>, <c>td</c>) are not counted.
/// </summary>
internal static class HtmlNesting
{
    public const int Limit = 512;

    static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "keygen", "p", "li", "td", "th", "tr", "dt", "dd", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup",
        "caption", "rb", "rt", "rp", "html", "head", "body",
    };

    public static int Depth(string html)
    {
        int depth = 0, max = 0;
        for (int i = html.IndexOf('<'); i >= 0 && i + 1 < html.Length; i = html.IndexOf('<', i + 1))
        {
            if (html.AsSpan(i).StartsWith("<!--"))
            {
                int end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (end < 0) break;
                i = end;
                continue;
            }
            bool closing = html[i + 1] == '/';
            int start = closing ? i + 2 : i + 1, stop = start;
            while (stop < html.Length && stop - start < 16 && char.IsAsciiLetterOrDigit(html[stop])) stop++;
            if (stop == start || !char.IsAsciiLetter(html[start])) continue;
            var name = html.Substring(start, stop - start);
            if (NotCounted.Contains(name)) continue;
            if (closing)
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }
            int close = html.AsSpan(stop, Math.Min(html.Length - stop, 4096)).IndexOf('>');
            if (close > 0 && html[stop + close - 1] == '/') continue;
            if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                // Their content is text, whatever it looks like.
                int end = html.IndexOf("</" + name, stop, StringComparison.OrdinalIgnoreCase);
                if (end < 0) break;
                i = end;
                continue;
            }
            max = Math.Max(max, ++depth);
        }
        return max;
    }
}
