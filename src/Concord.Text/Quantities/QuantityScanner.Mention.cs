using System.Text;

namespace Concord.Text.Quantities;

/// <summary>The mention around an accepted number: [period] [comparator] [currency] number [multiplier]
/// [comparator] [unit] [comparator] [period].</summary>
internal sealed partial class QuantityScanner
{
    int Emit(Core core)
    {
        int textStart = core.Start;
        int b = ScanChars.SkipSpaceBack(text, start, core.Start);
        string? unit = null;
        if (lang.PrefixUnits.MatchBefore(text, lastEnd, b, out string currency, out int us))
        {
            unit = currency;
            textStart = us;
            b = ScanChars.SkipSpaceBack(text, start, us);
        }
        var comparator = Comparator.Eq;
        if (lang.PrefixComparators.MatchBefore(text, lastEnd, b, out Comparator? said, out int cs) && said is { } known)
        {
            comparator = known;
            textStart = cs;
            b = ScanChars.SkipSpaceBack(text, start, cs);
        }
        string? per = null;
        if (lang.PrefixPeriods.MatchBefore(text, lastEnd, b, out string period, out int ps))
        {
            per = period;
            textStart = ps;
        }
        if (core.Weak && comparator == Comparator.Eq)
            return core.End;

        Core? low = null;
        if (comparator is Comparator.Eq or Comparator.Approx && !core.Words && TryRange(core, out var high))
        {
            low = core;
            core = high;
        }

        int pos = core.End, textEnd = core.End;
        int j = ScanChars.SkipSpace(text, pos, end);
        if (low is null && comparator == Comparator.Eq && lang.SuffixComparators.MatchAfter(text, j, end, out var suffixed, out int se))
        {
            comparator = suffixed;
            pos = textEnd = se;
            j = ScanChars.SkipSpace(text, pos, end);
        }
        if (unit is null)
        {
            if (lang.SuffixUnits.MatchAfter(text, j, end, out string? code, out int ue) && code is not null)
            {
                unit = code;
                pos = textEnd = ue;
            }
            else if (CountedNoun(j, out int ne))
            {
                unit = Collapse(j, ne);
                pos = textEnd = ne;
            }
            j = ScanChars.SkipSpace(text, pos, end);
        }
        if (low is null && comparator == Comparator.Eq && lang.SuffixComparators.MatchAfter(text, j, end, out suffixed, out se))
        {
            comparator = suffixed;
            pos = textEnd = se;
            j = ScanChars.SkipSpace(text, pos, end);
        }
        if (per is null && lang.SuffixPeriods.MatchAfter(text, j, end, out period, out int pe))
        {
            per = period;
            textEnd = pe;
        }

        if (core.Value == 0 && unit is null)
            return textEnd;
        if (low is { } l)
        {
            decimal lowValue = l.Value;
            if (l.Factor == 1 && TryMultiply(l.Value, core.Factor, out decimal scaled))
                lowValue = scaled;
            // "2-3 million" is at least 2 and at most 3 million; "about 2-3 million" stays approximate.
            bool approximate = comparator == Comparator.Approx;
            Add(textStart, l.End, lowValue, unit, approximate ? Comparator.Approx : Comparator.Gte, per);
            textStart = core.Start;
            comparator = approximate ? Comparator.Approx : Comparator.Lte;
        }
        Add(textStart, textEnd, core.Value, unit, comparator, per);
        chainEnd = -1;
        lastEnd = textEnd;
        return textEnd;
    }

    /// <summary>"2-3 million", "20 đến 30 người", "27～29人": the higher end, if the two ends make an
    /// increasing range.</summary>
    bool TryRange(Core low, out Core high)
    {
        high = default;
        int j = ScanChars.SkipSpace(text, low.End, end);
        int k;
        if (j < end && (ScanChars.IsDash(text[j]) || text[j] is '~' or '～' or '〜'))
            k = j + 1;
        else if (!lang.RangeWords.MatchAfter(text, j, end, out _, out k))
            return false;
        k = ScanChars.SkipSpace(text, k, end);
        if (k >= end || !ScanChars.IsDigit(text[k]))
            return false;
        int runEnd = Numerals.RunEnd(text, k, end);
        if (!Numerals.TryParse(text.AsSpan(k, runEnd - k), lang.Culture, out decimal value, out bool grouped))
            return false;
        char after = runEnd < end ? text[runEnd] : '\n';
        char after2 = runEnd + 1 < end ? text[runEnd + 1] : '\n';
        if ((ScanChars.IsLatinLetter(after) && !IsMultiplierAt(runEnd))
            || (ScanChars.IsDash(after) && ScanChars.IsLatinLetter(after2))
            || (after is '/' or ':' or '+' && ScanChars.IsDigit(after2)))
            return false;
        if (!grouped && runEnd - k == 4 && value is >= 1900 and <= 2099 && !(low.Plain && low.Digits == 4))
            return false;
        high = WithMultipliers(new Core(k, runEnd, value, !grouped, runEnd - k, 1, false, false));
        decimal lowValue = low.Value;
        if (low.Factor == 1 && !TryMultiply(low.Value, high.Factor, out lowValue))
            return false;
        return lowValue < high.Value;
    }

    bool CountedNoun(int j, out int nounEnd)
    {
        nounEnd = j;
        if (lang.NounPhrases is null)
            return lang.CountedNouns.MatchAfter(text, j, end, out _, out nounEnd);

        int i = j, words = 0;
        while (words < lang.NounPhrases.MaxWords && i < end && ScanChars.IsLatinLetter(text[i]))
        {
            int we = ScanChars.WordEnd(text, i, end);
            var word = text.AsSpan(i, we - i);
            if (lang.NounPhrases.StopWords.Contains(word) || lang.NumberWords.Contains(word) || IsMultiplierAt(i)
                || (words > 0 && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)))
                break;
            words++;
            nounEnd = we;
            if (IsPlural(word))
                break;
            int next = ScanChars.SkipSpace(text, we, end);
            if (next == we)
                break;
            i = next;
        }
        return words > 0;
    }

    bool IsPlural(ReadOnlySpan<char> word)
    {
        var rules = lang.NounPhrases!;
        if (rules.Plurals.Contains(word))
            return true;
        if (word.Length < 3 || word[^1] != 's' || rules.NotPlurals.Contains(word))
            return false;
        char before = ScanChars.Fold(word[^2]);
        return before is not ('s' or 'u' or 'i' or '\'' or '\u2019');
    }

    string Collapse(int from, int to)
    {
        var span = text.AsSpan(from, to - from);
        if (!span.ContainsAny('\n', '\t', '\u00A0') && !span.Contains("  ", StringComparison.Ordinal))
            return span.ToString();
        var sb = new StringBuilder(span.Length);
        foreach (char c in span)
        {
            if (!ScanChars.IsSpace(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        }
        return sb.ToString();
    }

    void Add(int from, int to, decimal value, string? unit, Comparator comparator, string? per) =>
        found.Add(new Quantity(text.Substring(from, to - from), new TextSpan(from, to), Normalise(value), unit,
            comparator == Comparator.Approx, comparator, per));

    /// <summary>Drops trailing zeros of the scale: 7.41 × 10^12 is 7410000000000, not 7410000000000.00.</summary>
    static decimal Normalise(decimal value) => value / 1.000000000000000000000000000000000m;
}
