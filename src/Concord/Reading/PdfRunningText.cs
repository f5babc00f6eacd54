using Concord.Text;

namespace Concord.Reading;

/// <summary>
/// Finds the running headers, footers and page numbers of a PDF: a line among the top or bottom two
/// of a page whose shape (digits folded) recurs at that edge on at least half the pages, two at least.
/// </summary>
internal static class PdfRunningText
{
    const int EdgeLines = 2;

    public static void Remove(List<List<PdfLine>> pages, List<Diagnostic> diagnostics)
    {
        int withText = pages.Count(p => p.Count > 0);
        if (withText < 2) return;
        int needed = Math.Max(2, (withText + 1) / 2);
        var counts = new Dictionary<(bool Top, string Shape), int>();
        foreach (var page in pages)
            foreach (var key in EdgeKeys(page).Distinct())
                counts[key] = counts.GetValueOrDefault(key) + 1;
        var running = counts.Where(c => c.Value >= needed).Select(c => c.Key).ToHashSet();
        if (running.Count == 0) return;
        var removed = new Dictionary<(bool Top, string Shape), (string Example, int Pages)>();
        foreach (var page in pages)
        {
            var edges = Edges(page);
            for (int i = page.Count - 1; i >= 0; i--)
            {
                var line = page[i];
                if (!edges.TryGetValue(line, out bool top) || !running.Contains((top, line.Shape()))) continue;
                var key = (top, line.Shape());
                removed[key] = removed.TryGetValue(key, out var seen) ? (seen.Example, seen.Pages + 1) : (line.Text, 1);
                page.RemoveAt(i);
            }
        }
        foreach (var ((top, shape), (example, count)) in removed)
        {
            var what = IsPageNumber(shape) ? "page numbers" : $"a running {(top ? "header" : "footer")}";
            diagnostics.Add(new Diagnostic("pdf-running-text", $"left out {what} found on {count} pages, such as \"{example}\""));
        }
    }

    static readonly string[] PageWords = ["page", "pg", "p", "of", "trang", "trên", "頁", "ページ"];

    /// <summary>"#", "- # -", "page # of #", "trang #/#": a number and the words that go with it, nothing else.</summary>
    static bool IsPageNumber(string shape)
    {
        if (!shape.Contains('#', StringComparison.Ordinal)) return false;
        foreach (var part in shape.Split([' ', '#', '-', '–', '—', '/', '.', '(', ')', '[', ']', '|'], StringSplitOptions.RemoveEmptyEntries))
            if (!PageWords.Contains(part, StringComparer.Ordinal)) return false;
        return true;
    }

    static IEnumerable<(bool Top, string Shape)> EdgeKeys(List<PdfLine> page) =>
        Edges(page).Select(e => (e.Value, e.Key.Shape())).Where(k => k.Item2.Length > 0);

    /// <summary>The lines nearest the top and the bottom of a page, whatever their reading order.</summary>
    static Dictionary<PdfLine, bool> Edges(List<PdfLine> page)
    {
        var edges = new Dictionary<PdfLine, bool>(ReferenceEqualityComparer.Instance);
        var byHeight = page.OrderByDescending(l => l.Top).ToList();
        for (int i = 0; i < Math.Min(EdgeLines, byHeight.Count); i++) edges.TryAdd(byHeight[i], true);
        for (int i = byHeight.Count - 1; i >= Math.Max(0, byHeight.Count - EdgeLines); i--) edges.TryAdd(byHeight[i], false);
        return edges;
    }
}
