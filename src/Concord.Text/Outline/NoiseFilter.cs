namespace Concord.Text.Outline;

/// <summary>What is left of a document once the parts that are not the statement are set aside.</summary>
/// <param name="Body">The paragraphs that make up the statement or article, in order.</param>
sealed record CleanDocument(List<LabelledParagraph> Body, string? Title, List<Noise> Noise, List<Diagnostic> Diagnostics);

/// <summary>
/// Sets aside what a page or a copied statement carries besides its text: site chrome and the title
/// above the article, photo captions, an agency's byline, lists of references, and the teasers of
/// other stories that follow the article's end.
/// </summary>
static class NoiseFilter
{
    const int MaxCaptionWords = 70;
    const int MaxCreditLength = 40;
    const int MaxLeadingCaptionWords = 40;
    const int TitleSearchDepth = 8;

    public static CleanDocument Clean(string text, IReadOnlyList<LabelledParagraph> paragraphs)
    {
        var noise = new List<Noise>();
        var diagnostics = new List<Diagnostic>();
        var kept = new List<LabelledParagraph>(paragraphs.Count);
        int teasers = 0;
        bool ended = false;
        foreach (var p in paragraphs)
        {
            var s = p.Paragraph.Of(text);
            if (ended)
            {
                noise.Add(new Noise(OutlineWords.IsTeaserMarker(s) || OutlineWords.IsChrome(s) ? "chrome" : "teaser", p.Paragraph));
                teasers++;
                continue;
            }
            if (p.Label.Style == LabelStyle.None && OutlineWords.IsTeaserMarker(s))
            {
                noise.Add(new Noise("chrome", p.Paragraph));
                ended = true;
                continue;
            }
            if (p.Label.Style == LabelStyle.None && OutlineWords.IsChrome(s))
            {
                noise.Add(new Noise("chrome", p.Paragraph));
                continue;
            }
            if (IsReferenceList(s))
            {
                noise.Add(new Noise("reference-list", p.Paragraph));
                continue;
            }
            if (p.Label.Style == LabelStyle.None && IsCaption(s))
            {
                noise.Add(new Noise("caption", p.Paragraph));
                continue;
            }
            var trimmed = TrimByline(text, p, noise, out bool endMark);
            if (trimmed is { } t) kept.Add(t);
            // A Vietnamese news agency closes its article with "./."; what follows is other stories.
            ended = endMark;
        }
        if (teasers > 0)
            diagnostics.Add(new Diagnostic("teasers-dropped", $"{teasers} paragraphs after the end of the article were left out as teasers of other stories"));
        var title = TakeTitle(text, kept, noise) ?? TakeNamedTitle(text, kept);
        return new CleanDocument(kept, title, noise, diagnostics);
    }

    /// <summary>A "References" heading, or numbered sources ("[1] Vietnam News: ...[2] ..."),
    /// often run together on one line.</summary>
    static bool IsReferenceList(string s) =>
        OutlineWords.IsReferenceHeading(s)
        || (s.Length > 3 && s[0] == '[' && char.IsAsciiDigit(s[1]) && s.IndexOf(']', 1, Math.Min(4, s.Length - 1)) > 0);

    /// <summary>"Two leaders at the talks - Photo: VGP", "(Photo: VNA)", "VNA/VNS Photo".</summary>
    static bool IsCaption(string s)
    {
        if (WordCount(s) > MaxCaptionWords) return false;
        var body = s.TrimEnd('.', ')', '）', ' ');
        foreach (var marker in OutlineWords.CaptionMarkers)
        {
            int at = body.LastIndexOf(marker, StringComparison.Ordinal);
            if (at < 0) continue;
            // "Photo: The two ministers at the signing (VNA)": a caption that opens with its marker.
            if (at == 0 && marker != "Photo" && WordCount(s) <= MaxLeadingCaptionWords) return true;
            var credit = body[(at + marker.Length)..].Trim();
            if (marker == "Photo")
            {
                // Bare "Photo" only as the last word after an agency: "VNA/VNS Photo".
                if (credit.Length == 0 && at > 0 && body[at - 1] == ' ' && PrecededByAgency(body, at - 1)) return true;
                continue;
            }
            if (credit.Length <= MaxCreditLength && !credit.Contains(". ", StringComparison.Ordinal)
                && (at == 0 || body[at - 1] is ' ' or '(' or '（' or '-' or '–'))
                return true;
        }
        return false;
    }

    static bool PrecededByAgency(string body, int end)
    {
        int start = body.LastIndexOf(' ', end - 1) + 1;
        var token = body[start..end];
        return token.Length is >= 2 and <= 20 && token.All(c => char.IsUpper(c) || c == '/');
    }

    /// <summary>Cuts a closing byline ("— VNS") or end mark ("./.") off a paragraph and records it as noise;
    /// null when nothing is left of the paragraph.</summary>
    static LabelledParagraph? TrimByline(string text, LabelledParagraph p, List<Noise> noise, out bool endMark)
    {
        endMark = false;
        int start = p.Paragraph.Start, end = p.Paragraph.End;
        if (end - start >= 3 && string.CompareOrdinal(text, end - 3, "./.", 0, 3) == 0)
        {
            noise.Add(new Noise("byline", new TextSpan(end - 2, end)));
            endMark = true;
            return With(p, end - 2);
        }
        int i = end;
        while (i > start && (char.IsUpper(text[i - 1]) || text[i - 1] == '/')) i--;
        int letters = end - i;
        if (letters is < 2 or > 12 || i - start < 2) return p;
        int dash = i - 1;
        while (dash > start && text[dash] == ' ') dash--;
        if (text[dash] is not ('—' or '–' or '-') || dash == start || text[dash - 1] != ' ') return p;
        int cut = dash;
        while (cut > start && char.IsWhiteSpace(text[cut - 1])) cut--;
        noise.Add(new Noise("byline", new TextSpan(dash, end)));
        return cut > p.Content.Start ? With(p, cut) : null;
    }

    static LabelledParagraph With(LabelledParagraph p, int end) =>
        p with { Paragraph = new TextSpan(p.Paragraph.Start, end), Content = new TextSpan(p.Content.Start, Math.Max(p.Content.Start, Math.Min(p.Content.End, end))) };

    /// <summary>
    /// The title is the first of the heading-like lines just above the first paragraph of text or the
    /// first numbered item (with the lines after it while they are in capitals, as a title set on two
    /// lines is); short navigation lines above it ("Log in", a one-word section name) and anything above
    /// those is site chrome. Heading-like lines after the title (a standfirst, a place and date) stay.
    /// </summary>
    static string? TakeTitle(string text, List<LabelledParagraph> kept, List<Noise> noise)
    {
        int first = kept.FindIndex(p => p.Label.Style != LabelStyle.None || p.Heading == HeadingMark.None);
        if (first <= 0 || first > TitleSearchDepth) return null;
        if (OpensSection(text, kept, first)) first--;
        int start = 0;
        for (int i = 0; i < first; i++)
        {
            if (IsNavigation(text, kept[i])) start = i + 1;
        }
        if (start >= first) return null;
        int end = start + 1;
        while (end < first && kept[end - 1].Heading == HeadingMark.Strong && kept[end].Heading == HeadingMark.Strong) end++;
        for (int i = 0; i < start; i++)
            noise.Add(new Noise("chrome", kept[i].Paragraph));
        var title = string.Join(" ", kept.Skip(start).Take(end - start).Select(p => p.Content.Of(text).Replace('\n', ' ')));
        kept.RemoveRange(0, end);
        noise.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return title.Trim();
    }

    /// <summary>A heading-like line before the first numbered item that names the document's kind ("Joint
    /// Statement between ..."): the title of a statement printed below a news lead. The lead stays a paragraph.</summary>
    static string? TakeNamedTitle(string text, List<LabelledParagraph> kept)
    {
        for (int i = 0; i < kept.Count && i <= TitleSearchDepth && kept[i].Label.Style == LabelStyle.None; i++)
        {
            var line = kept[i].Content.Of(text);
            if (kept[i].Heading == HeadingMark.None || !OutlineWords.NamesDocumentKind(line)) continue;
            kept.RemoveAt(i);
            return line.Replace('\n', ' ').Trim();
        }
        return null;
    }

    /// <summary>A site's section name or menu entry: one or two short words, no digits.</summary>
    static bool IsNavigation(string text, LabelledParagraph p)
    {
        var s = p.Content.Of(text);
        return p.Heading != HeadingMark.Strong && s.Length <= 20 && WordCount(s) <= 2
            && !s.Any(c => char.IsDigit(c) || c >= '\u3000');
    }

    /// <summary>Whether the heading just above the first item heads a section rather than the document:
    /// it does when later headings open lists of the same kind ("## Trade", "(1) ...", "## Energy", "(1) ...").
    /// Top-level numbering under a title ("JOINT STATEMENT", "1. ...") does not count.</summary>
    static bool OpensSection(string text, List<LabelledParagraph> kept, int first)
    {
        var style = kept[first].Label.Style;
        if (style is LabelStyle.None or LabelStyle.DecimalDot or LabelStyle.RomanDot or LabelStyle.Dotted) return false;
        for (int i = first + 1; i + 1 < kept.Count; i++)
        {
            if (kept[i].Label.Style == LabelStyle.None && kept[i].Heading != HeadingMark.None
                && kept[i + 1].Label.Style == style && !OutlineWords.StartsAnnex(kept[i].Content.Of(text)))
                return true;
        }
        return false;
    }

    static int WordCount(string s)
    {
        int words = 0;
        bool inWord = false;
        foreach (var c in s)
        {
            bool space = char.IsWhiteSpace(c);
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }
}
