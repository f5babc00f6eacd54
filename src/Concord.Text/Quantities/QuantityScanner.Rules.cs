namespace Concord.Text.Quantities;

/// <summary>The numbers that are not quantities: labels, ordinals, dates, list numbering, names.</summary>
internal sealed partial class QuantityScanner
{
    NotQuantity WhyNot(Core core)
    {
        int s = core.Start, e = core.End;
        char before = s > start ? text[s - 1] : '\n';
        char before2 = s - 1 > start ? text[s - 2] : '\n';
        char after = e < end ? text[e] : '\n';
        char after2 = e + 1 < end ? text[e + 1] : '\n';

        // Glued to a word: "CO2", "P4G", "No.1", "COVID-19", "LOTUSat-1", "V1-2", "2+2".
        if (ScanChars.IsLatinLetter(before)
            || (before == '.' && ScanChars.IsLatinLetter(before2))
            || (ScanChars.IsDash(before) && ScanChars.IsLatinWordChar(before2))
            || (before == '+' && ScanChars.IsDigit(before2)))
            return NotQuantity.Label;
        if (before is '/' or ':' && ScanChars.IsDigit(before2))
            return NotQuantity.Day;

        // Glued to what follows: "16th", "5G", "500kV", "5-year", "2+2", "28/4", "10:30".
        if (ScanChars.IsLatinLetter(after) && !lang.Multipliers.MatchAfter(text, e, end, out _, out _))
            return NotQuantity.Label;
        if ((ScanChars.IsDash(after) && ScanChars.IsLatinLetter(after2)) || (after == '+' && ScanChars.IsDigit(after2)))
            return NotQuantity.Label;
        if (after is '/' or ':' && ScanChars.IsDigit(after2))
            return NotQuantity.Day;

        // List numbering and references: "(3)", "[2]", "1." or "2)" at the start of a line.
        if (core.Plain && core.Digits <= 3
            && ((before == '(' && after == ')') || (before == '[' && after == ']') || (after is '.' or ')' && AtLineStart(s))))
            return NotQuantity.Label;

        var ahead = DateAhead(e);
        if (ahead != NotQuantity.None)
            return ahead;
        int next = ScanChars.SkipSpace(text, e, end);
        if (lang.LabelsAfter.MatchAfter(text, next, end, out var labelAfter, out _) && labelAfter != NotQuantity.None)
            return labelAfter;

        if (core.Plain && core.Digits == 4 && core.Value is >= 1900 and <= 2099 && !HasMoneyAround(s, e))
            return NotQuantity.Year;
        // Two bare numbers side by side are a name whose punctuation was lost: "Đối thoại 2 2".
        if (core.Plain && next > e && next < end && ScanChars.IsDigit(text[next]) && !IsMultiplierAt(next))
            return NotQuantity.Label;

        int wordEnd = ScanChars.SkipSpaceBack(text, start, s);
        if (wordEnd > start && text[wordEnd - 1] == '(')
            wordEnd = ScanChars.SkipSpaceBack(text, start, wordEnd - 1);
        if (!lang.PrefixPeriods.MatchBefore(text, start, wordEnd, out _, out _)
            && lang.LabelsBefore.MatchBefore(text, start, wordEnd, out var labelBefore, out _)
            && labelBefore != NotQuantity.None)
            return labelBefore;

        return lang.NamesBeforeNumbers && NameBefore(s) ? NotQuantity.Label : NotQuantity.None;
    }

    /// <summary>"27-29/4/2025", "27 to 29 April", "27～29日": a range whose second end is a date.</summary>
    NotQuantity DateAhead(int e)
    {
        int j = ScanChars.SkipSpace(text, e, end);
        int k;
        if (j < end && (ScanChars.IsDash(text[j]) || text[j] is '~' or '～' or '〜'))
            k = j + 1;
        else if (!lang.RangeWords.MatchAfter(text, j, end, out _, out k))
            return NotQuantity.None;
        k = ScanChars.SkipSpace(text, k, end);
        if (k >= end || !ScanChars.IsDigit(text[k]))
            return NotQuantity.None;
        int second = Numerals.RunEnd(text, k, end);
        if (second + 1 < end && text[second] == '/' && ScanChars.IsDigit(text[second + 1]))
            return NotQuantity.Day;
        int next = ScanChars.SkipSpace(text, second, end);
        return lang.LabelsAfter.MatchAfter(text, next, end, out var kind, out _) ? kind : NotQuantity.None;
    }

    /// <summary>A year-like number is money when a currency or a multiplier is attached: "$2025", "2025 USD".</summary>
    bool HasMoneyAround(int s, int e)
    {
        if (lang.PrefixUnits.MatchBefore(text, start, ScanChars.SkipSpaceBack(text, start, s), out _, out _))
            return true;
        int next = ScanChars.SkipSpace(text, e, end);
        return (lang.SuffixUnits.MatchAfter(text, next, end, out string? unit, out _) && unit is not null) || IsMultiplierAt(next);
    }

    bool IsMultiplierAt(int pos) => lang.Multipliers.MatchAfter(text, pos, end, out _, out _);

    /// <summary>True when the list of rejected numbers goes on: only separators, "and", "to" since its last
    /// number ("points 3, 4, 5, 6", "April 27-29", "2+2"). Two bare numbers side by side always go together
    /// ("Đối thoại 2 2"); otherwise a number with a unit of its own starts afresh ("thứ 2, 2 lần").</summary>
    bool ContinuesChain(int s)
    {
        if (chainEnd < 0 || s - chainEnd > 12)
            return false;
        bool separator = false;
        int i = chainEnd;
        while (i < s)
        {
            char c = text[i];
            if (ScanChars.IsSpace(c)) { i++; continue; }
            separator = true;
            if (ScanChars.IsDash(c) || c is '/' or '~' or '～' or '〜' or '+') i++;
            else if (c is ',' or '&' or '(' or ')' or '、' && chainKind == NotQuantity.Label) i++;
            else if (lang.RangeWords.MatchAfter(text, i, s, out _, out int r)) i = r;
            else if (chainKind != NotQuantity.Year && lang.ListWords.MatchAfter(text, i, s, out _, out int l)) i = l;
            else return false;
        }
        if (!separator)
            return chainKind == NotQuantity.Label;
        return !HasOwnUnit(Numerals.RunEnd(text, s, end));
    }

    bool HasOwnUnit(int e)
    {
        int next = ScanChars.SkipSpace(text, e, end);
        return (lang.SuffixUnits.MatchAfter(text, next, end, out string? unit, out _) && unit is not null)
            || IsMultiplierAt(next) || CountedNoun(next, out _);
    }

    /// <summary>A capitalised word right before the number names something: "Vân Phong 2", "WA Culture 2.0",
    /// "LOTUSat - 1". Not when the word only starts a sentence, or is itself a comparator or currency.</summary>
    bool NameBefore(int s)
    {
        int b = ScanChars.SkipSpaceBack(text, start, s);
        if (b == s)
            return false;
        if (b - 1 > start && ScanChars.IsDash(text[b - 1]) && ScanChars.IsSpace(text[b - 2]))
            b = ScanChars.SkipSpaceBack(text, start, b - 1);
        int w = b;
        while (w > start && (ScanChars.IsLatinWordChar(text[w - 1]) || ScanChars.IsMark(text[w - 1])))
            w--;
        if (w == b || !ScanChars.IsUpper(text[w]))
            return false;
        if ((lang.PrefixComparators.MatchBefore(text, start, b, out _, out int c) && c == w)
            || (lang.PrefixUnits.MatchBefore(text, start, b, out _, out int u) && u == w)
            || (lang.PrefixPeriods.MatchBefore(text, start, b, out _, out int p) && p == w))
            return false;
        return !IsSentenceStart(w);
    }

    bool IsSentenceStart(int w)
    {
        int i = ScanChars.SkipSpaceBack(text, start, w);
        while (i > start && text[i - 1] is '(' or '"' or '“' or '‘' or '\'' or '[' or '«' or '*')
            i = ScanChars.SkipSpaceBack(text, start, i - 1);
        if (i == start || text[i - 1] is '.' or '!' or '?' or ':' or ';' or '•' or '…')
            return true;
        // A dash starts a sentence only as a bullet; elsewhere it joins names ("Việt Nam - Nhật Bản").
        return ScanChars.IsDash(text[i - 1]) && AtLineStart(i - 1);
    }

    bool AtLineStart(int s)
    {
        int i = s;
        while (i > start && text[i - 1] is ' ' or '\t' or '(')
            i--;
        return i == start || text[i - 1] == '\n';
    }
}
