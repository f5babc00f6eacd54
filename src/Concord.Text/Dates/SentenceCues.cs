namespace Concord.Text.Dates;

[Flags]
internal enum CueKind : byte
{
    None = 0,
    Pledge = 1,
    Past = 2,
    Japan = 4,
    VietNamBudget = 8,
}

/// <summary>What the words of a sentence (or a paragraph) say about its dates: a pledge, the past, Japan,
/// Viet Nam's state budget. Read once per sentence that has a date.</summary>
internal readonly record struct SentenceCues(bool Pledge, bool Past, bool Japan, bool VietNamBudget)
{
    /// <summary>The cues of tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static SentenceCues Of(DateScan s, DateLanguage language, int from, int to)
    {
        var found = CueKind.None;
        for (int i = from; i < to; i++)
        {
            if (s.Tokens[i].Kind == DateTokenKind.Number || !language.CueWords.TryGet(s.Span(i), out var kinds)) continue;
            if ((kinds & CueKind.Pledge) != 0 && language.Pledge.Contains(s, i)) found |= CueKind.Pledge;
            if ((kinds & CueKind.Past) != 0 && language.Past.Contains(s, i)) found |= CueKind.Past;
            if ((kinds & CueKind.Japan) != 0 && language.Japan.Contains(s, i)) found |= CueKind.Japan;
            if ((kinds & CueKind.VietNamBudget) != 0 && language.VietNamBudget.Contains(s, i)) found |= CueKind.VietNamBudget;
        }
        return new((found & CueKind.Pledge) != 0, (found & CueKind.Past) != 0, (found & CueKind.Japan) != 0, (found & CueKind.VietNamBudget) != 0);
    }

    /// <summary>Whether a phrase of <paramref name="table"/> ends at most <paramref name="window"/> tokens before
    /// <paramref name="start"/>, within the clause (a comma or a full stop ends the search).</summary>
    public static bool Before(DateScan s, DatePhraseTable<bool> table, int start, int window)
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
    public static bool After(DateScan s, DatePhraseTable<bool> table, int end, int window)
    {
        for (int i = end; i < s.Count && i < end + window; i++)
        {
            if (s.SymbolAt(i) is ',' or ';' or '.' or '、' or '。') return false;
            if (table.Contains(s, i)) return true;
        }
        return false;
    }
}
