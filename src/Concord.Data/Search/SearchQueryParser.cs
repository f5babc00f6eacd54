namespace Concord.Data.Search;

/// <summary>Reads what a person typed into <see cref="SearchTerm"/>s. The syntax is deliberately small: words
/// (all must match; the last one also matches as the start of a longer word, so <c>ha no</c> finds
/// <c>Hà Nội</c>) and "quoted phrases" (exact, in a row). Everything else — operators (<c>AND</c>, <c>OR</c>,
/// <c>NOT</c>, <c>NEAR</c>), <c>*</c>, <c>:</c>, brackets, SQL — is folded into plain words like any other text,
/// and a quote left open quotes nothing. No input is ever passed to the database's query language as such.</summary>
public static class SearchQueryParser
{
    /// <summary>Longer queries are cut: nobody types more, and each word costs the database a lookup.</summary>
    public const int MaxLength = 1000;
    public const int MaxWords = 32;

    public static IReadOnlyList<SearchTerm> Parse(string? query)
    {
        var terms = new List<SearchTerm>();
        if (string.IsNullOrWhiteSpace(query)) return terms;
        if (query.Length > MaxLength) query = query[..MaxLength];
        query = Nfc(query);
        string folded = SearchFolding.Fold(query);
        // Folding made quotes spaces; they are found in the query, which has the same offsets.
        int words = 0;
        bool lastIsPlain = false;
        int i = 0;
        while (i < query.Length && words < MaxWords)
        {
            if (IsQuote(query[i]) && NextQuote(query, i + 1) is var close and > 0)
            {
                var phrase = Words(folded, i + 1, close, MaxWords - words);
                if (phrase.Length > 0 && !terms.Any(t => t.Words.SequenceEqual(phrase)))
                {
                    terms.Add(new SearchTerm(phrase, Prefix: false));
                    words += phrase.Length;
                    lastIsPlain = false;
                }
                i = close + 1;
                continue;
            }
            int next = NextQuote(query, i + 1);
            int end = next < 0 ? query.Length : next;
            foreach (string word in Words(folded, i, end, MaxWords - words))
            {
                if (terms.Any(t => t.Words.Count == 1 && t.Words[0] == word)) continue;
                terms.Add(new SearchTerm([word], Prefix: false));
                words++;
                lastIsPlain = true;
            }
            i = end;
        }
        if (lastIsPlain && terms[^1].Words[0].Length >= 2)
            terms[^1] = terms[^1] with { Prefix = true };
        return terms;
    }

    // Normalising throws on a lone surrogate; such text is searched as it is, like any other.
    static string Nfc(string text)
    {
        try { return text.Normalize(System.Text.NormalizationForm.FormC); }
        catch (ArgumentException) { return text; }
    }

    // Straight, curly and full-width quotes: phones and word processors type the curly ones.
    static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\uFF02';

    static int NextQuote(string query, int from)
    {
        for (int i = from; i < query.Length; i++)
        {
            if (IsQuote(query[i])) return i;
        }
        return -1;
    }

    // A lone quote left open is folded to a space like any punctuation, so its words are read as plain words.
    static string[] Words(string folded, int start, int end, int max)
    {
        var words = folded[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > max ? words[..max] : words;
    }
}
