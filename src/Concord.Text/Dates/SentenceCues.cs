namespace Concord.Text.Dates;

/// <summary>What the words of a sentence (or a paragraph) say about its dates: a pledge, the past, Japan,
/// Viet Nam's state budget. Read once per sentence that has a date.</summary>
internal readonly record struct SentenceCues(bool Pledge, bool Past, bool Japan, bool VietNamBudget)
{
    /// <summary>The cues of tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static SentenceCues Of(DateScan s, DateLanguage language, int from, int to)
    {
        bool pledge = false, past = false, japan = false, budget = false;
        for (int i = from; i < to; i++)
        {
            pledge = pledge || language.Pledge.Contains(s, i);
            past = past || language.Past.Contains(s, i);
            japan = japan || language.Japan.Contains(s, i);
            budget = budget || language.VietNamBudget.Contains(s, i);
        }
        return new(pledge, past, japan, budget);
    }

    /// <summary>Whether a phrase of <paramref name="table"/> ends at most <paramref name="window"/> tokens before
    /// <paramref name="start"/>, within the clause (a comma or a full stop ends the search).</summary>
    public static bool Before(DateScan s, PhraseTable<bool> table, int start, int window)
    {
        for (int i = start - 1; i >= 0 && i >= start - window; i--)
        {
            if (s.SymbolAt(i) is ',' or ';' or '.' or ':' or '(' or ')' or '、' or '。') return false;
            if (table.TryMatch(s, i, out _, out int end) && end <= start) return true;
        }
        return false;
    }

    /// <summary>Whether a phrase of <paramref name="table"/> starts within <paramref name="window"/> tokens after
    /// <paramref name="end"/>, before the clause ends (Japanese puts "予定" after the date).</summary>
    public static bool After(DateScan s, PhraseTable<bool> table, int end, int window)
    {
        for (int i = end; i < s.Count && i < end + window; i++)
        {
            if (s.SymbolAt(i) is ',' or ';' or '.' or '、' or '。') return false;
            if (table.Contains(s, i)) return true;
        }
        return false;
    }
}
