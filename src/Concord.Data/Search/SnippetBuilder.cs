namespace Concord.Data.Search;

/// <summary>Finds where the terms match a text (in its folded form, at the same offsets) and cuts a snippet of
/// the original around the first match.</summary>
internal static class SnippetBuilder
{
    public const int Window = 200;
    const int Lead = 60;
    const int Snap = 20;

    public static SearchSnippet Build(string text, IReadOnlyList<SearchTerm> terms)
    {
        string folded = SearchFolding.Fold(text);
        var matches = Matches(folded, terms);
        int first = matches.Count > 0 ? matches[0].Start : 0;
        int firstEnd = matches.Count > 0 ? matches[0].End : 0;

        int start = 0, end = text.Length;
        if (text.Length > Window)
        {
            start = Math.Max(0, first - Lead);
            if (start > 0 && folded.IndexOf(' ', start, Math.Min(Snap, first - start)) is var space and >= 0)
                start = space + 1;
            end = Math.Max(Math.Min(text.Length, start + Window), firstEnd);
            if (end < text.Length && end - firstEnd > 0 && folded.LastIndexOf(' ', end - 1, Math.Min(Snap, end - firstEnd)) is var back and > 0)
                end = back;
            if (start > 0 && char.IsLowSurrogate(text[start])) start--;
            if (end < text.Length && char.IsLowSurrogate(text[end])) end++;
        }

        var highlights = new List<SearchRange>();
        foreach (var m in matches)
        {
            int s = Math.Max(m.Start, start), e = Math.Min(m.End, end);
            if (s < e) highlights.Add(new SearchRange(s - start, e - s));
        }
        string shown = string.Create(end - start, (text, start), static (span, state) =>
        {
            for (int i = 0; i < span.Length; i++)
            {
                char c = state.text[state.start + i];
                span[i] = c is '\n' or '\r' or '\t' ? ' ' : c;
            }
        });
        return new SearchSnippet(shown, start, end, text.Length, highlights);
    }

    /// <summary>Every match of every term in the folded text, in order, overlaps merged.</summary>
    public static List<SearchRange> Matches(string folded, IReadOnlyList<SearchTerm> terms)
    {
        var tokens = Tokens(folded);
        var found = new List<(int Start, int End)>();
        foreach (var term in terms)
        {
            if (term.Unspaced)
            {
                string phrase = term.Phrase;
                for (int at = folded.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(phrase, at + phrase.Length, StringComparison.Ordinal))
                    found.Add((at, at + phrase.Length));
                continue;
            }
            int n = term.Words.Count;
            for (int k = 0; k + n <= tokens.Count; k++)
            {
                if (MatchesAt(folded, tokens, k, term))
                    found.Add((tokens[k].Start, tokens[k + n - 1].End));
            }
        }
        found.Sort();
        var merged = new List<SearchRange>();
        foreach (var (s, e) in found)
        {
            if (merged.Count > 0 && s <= merged[^1].End)
            {
                var last = merged[^1];
                if (e > last.End) merged[^1] = last with { Length = e - last.Start };
            }
            else merged.Add(new SearchRange(s, e - s));
        }
        return merged;
    }

    static bool MatchesAt(string folded, List<(int Start, int End)> tokens, int k, SearchTerm term)
    {
        for (int w = 0; w < term.Words.Count; w++)
        {
            var token = folded.AsSpan(tokens[k + w].Start, tokens[k + w].End - tokens[k + w].Start);
            string word = term.Words[w];
            bool prefix = term.Prefix && w == term.Words.Count - 1;
            if (prefix ? !token.StartsWith(word, StringComparison.Ordinal) : !token.SequenceEqual(word)) return false;
        }
        return true;
    }

    static List<(int Start, int End)> Tokens(string folded)
    {
        var tokens = new List<(int, int)>();
        int i = 0;
        while (i < folded.Length)
        {
            while (i < folded.Length && folded[i] == ' ') i++;
            int start = i;
            while (i < folded.Length && folded[i] != ' ') i++;
            if (i > start) tokens.Add((start, i));
        }
        return tokens;
    }
}
