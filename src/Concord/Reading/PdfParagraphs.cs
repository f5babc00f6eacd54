namespace Concord.Reading;

/// <summary>
/// Groups a PDF's lines into paragraphs. A new paragraph starts at a new text block, at a vertical gap
/// larger than the page's usual line spacing, at an indented first line, or at a typed number after a
/// line that ended a sentence. A paragraph cut by a page break is joined again.
/// </summary>
internal static class PdfParagraphs
{
    public static List<List<string>> Build(List<List<PdfLine>> pages)
    {
        var paragraphs = new List<List<string>>();
        foreach (var page in pages)
        {
            double spacing = UsualSpacing(page);
            var lefts = BlockLefts(page);
            for (int i = 0; i < page.Count; i++)
            {
                var line = page[i];
                var previous = i > 0 ? page[i - 1] : null;
                var next = i + 1 < page.Count && page[i + 1].Block == line.Block ? page[i + 1] : null;
                bool starts = previous is null
                    ? !(ContinuesAcrossPages(paragraphs) && char.IsLower(line.Text[0]))
                    : line.Block != previous.Block || IsGap(previous, line, spacing)
                        || IsFirstLineIndent(previous, line, next, lefts[line.Block])
                        || (EndsSentence(previous.Text) && TypedNumber.StartsWithOne(line.Text));
                if (starts || paragraphs.Count == 0) paragraphs.Add([]);
                paragraphs[^1].Add(line.Text);
            }
        }
        return paragraphs;
    }

    /// <summary>The median distance from one line's bottom to the next one's in the same block.</summary>
    static double UsualSpacing(List<PdfLine> page)
    {
        var steps = new List<double>();
        for (int i = 1; i < page.Count; i++)
        {
            double step = page[i - 1].Bottom - page[i].Bottom;
            if (page[i].Block == page[i - 1].Block && step > 0) steps.Add(step);
        }
        if (steps.Count == 0) return 0;
        steps.Sort();
        return steps[steps.Count / 2];
    }

    static Dictionary<int, double> BlockLefts(List<PdfLine> page)
    {
        var lefts = new Dictionary<int, double>();
        foreach (var l in page)
            lefts[l.Block] = Math.Min(lefts.GetValueOrDefault(l.Block, double.MaxValue), l.Left);
        return lefts;
    }

    static bool IsGap(PdfLine previous, PdfLine line, double spacing)
    {
        double step = previous.Bottom - line.Bottom;
        // A line above the previous one starts a new column.
        if (step <= 0) return true;
        double usual = spacing > 0 ? spacing : 1.2 * Math.Max(previous.Size, line.Size);
        return step > 1.4 * usual;
    }

    /// <summary>A first line set in from the left edge its block's other lines keep to: the line before it is at
    /// the edge, and so is the line after it (or the line before ended a sentence). Lines that stay set in,
    /// as under a hanging number, continue their paragraph.</summary>
    static bool IsFirstLineIndent(PdfLine previous, PdfLine line, PdfLine? next, double left)
    {
        double em = Math.Max(line.Size, 1);
        bool Indented(PdfLine l) => l.Left > left + 0.8 * em;
        if (!Indented(line) || previous.Left >= left + 0.5 * em) return false;
        return next is null || !Indented(next) || EndsSentence(previous.Text);
    }

    static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or ';' or ':' or '!' or '?' or '。';

    /// <summary>The last paragraph of the page before stops mid-sentence: the next page carries on with it.</summary>
    static bool ContinuesAcrossPages(List<List<string>> paragraphs)
    {
        if (paragraphs.Count == 0) return false;
        var last = paragraphs[^1][^1];
        return last.Length > 0 && (char.IsLetter(last[^1]) || last[^1] is ',' or '-');
    }
}
