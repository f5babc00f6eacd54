namespace Concord.Text.Alignment;

/// <summary>Finds the anchors of a stretch of text in one pass: Latin-script names and acronyms
/// (capitalised words; every Latin word in Japanese), the digits of numbers, and the terms of the
/// language's statement vocabulary.</summary>
internal sealed class AnchorScanner(AnchorKeys keys)
{
    const int MaxWord = 64;
    readonly List<TextSpan> words = [];
    readonly char[] buffer = new char[MaxWord + 2];

    public void Scan(string text, TextSpan range, Language language, List<AnchorOccurrence> into)
    {
        var lexicon = AlignLexicon.For(language);
        words.Clear();
        int i = range.Start;
        while (i < range.End)
        {
            char c = text[i];
            if (TextFold.IsDigit(c)) i = Number(text, i, range.End, into);
            else if (TextFold.IsLatinLetter(c)) i = Word(text, i, range.End, language, into);
            else if (!lexicon.IsWordBased && lexicon.MatchChars(text, i, range.End) is { } term)
            {
                into.Add(new AnchorOccurrence(i, term.Text.Length, keys.Intern(term.Key, KindOf(term.Key))));
                i += term.Text.Length;
            }
            else i++;
        }
        if (!lexicon.IsWordBased) return;
        for (int w = 0; w < words.Count;)
        {
            int covered = lexicon.MatchWords(text, words, w, buffer, out string key);
            if (covered == 0) { w++; continue; }
            int start = words[w].Start;
            into.Add(new AnchorOccurrence(start, words[w + covered - 1].End - start, keys.Intern(key, KindOf(key))));
            w += covered;
        }
    }

    static AnchorKind KindOf(string key) => key[..2] switch
    {
        "t:" => AnchorKind.Token,
        "n:" => AnchorKind.Number,
        _ => AnchorKind.Concept,
    };

    /// <summary>"50,000", "50.000" and "５００" all give the digits "50000"/"500"; "3,5" gives "35", as
    /// "3.5" does, so decimals meet too. Leading zeros go: "02 projects" is "2". A list "3,4,5,6" is
    /// four numbers.</summary>
    int Number(string text, int i, int end, List<AnchorOccurrence> into)
    {
        int start = i, length = 0;
        buffer[length++] = 'n';
        buffer[length++] = ':';
        // After "3,4," the rest of a list: "5,6" is two numbers, not five point six.
        bool inList = start >= 2 && text[start - 1] is '.' or ',' && TextFold.IsDigit(text[start - 2]);
        while (i < end)
        {
            char c = text[i];
            if (TextFold.IsDigit(c))
            {
                if (length < buffer.Length && !(length == 2 && TextFold.Fold(c) == '0')) buffer[length++] = TextFold.Fold(c);
                i++;
                continue;
            }
            int group = c is '.' or ',' ? DigitsFrom(text, i + 1, end) : 0;
            // A group of three is thousands; a shorter or longer one a decimal part, unless another
            // separator and digit follow it, which makes a list.
            bool list = group is > 0 and not 3 && i + 1 + group + 1 < end && text[i + 1 + group] is '.' or ','
                && TextFold.IsDigit(text[i + 2 + group]);
            if (group == 0 || list || (inList && group != 3)) break;
            i++;
        }
        if (length == 2) buffer[length++] = '0';
        into.Add(new AnchorOccurrence(start, i - start, keys.Intern(buffer.AsSpan(0, length), AnchorKind.Number)));
        // An ordinal's letters ("16th", "2nd") belong to the number.
        while (i < end && TextFold.IsLatinLetter(text[i]) && !TextFold.IsUpper(text[i])) i++;
        return i;
    }

    static int DigitsFrom(string text, int i, int end)
    {
        int n = 0;
        while (i + n < end && TextFold.IsDigit(text[i + n])) n++;
        return n;
    }

    int Word(string text, int i, int end, Language language, List<AnchorOccurrence> into)
    {
        int start = i;
        while (i < end && (TextFold.IsLatinLetter(text[i]) || TextFold.IsDigit(text[i]))) i++;
        var word = new TextSpan(start, i);
        words.Add(word);
        bool anchor = language == Language.Ja || TextFold.IsUpper(text[start]);
        if (!anchor || word.Length > MaxWord) return i;
        buffer[0] = 't';
        buffer[1] = ':';
        for (int k = 0; k < word.Length; k++) buffer[2 + k] = TextFold.Fold(text[start + k]);
        int id = keys.Intern(buffer.AsSpan(0, word.Length + 2), AnchorKind.Token);
        if (IsAcronym(text.AsSpan(start, word.Length))) keys.MarkAcronym(id);
        into.Add(new AnchorOccurrence(start, word.Length, id));
        return i;
    }

    /// <summary>Written like an acronym: capitals beyond the first letter, at least as many as small
    /// letters, no marks: "JBIC", "NCDs", "LOTUSat", "P4G"; not "Hà", "HÀ" or "Expo".</summary>
    public static bool IsAcronym(ReadOnlySpan<char> word)
    {
        int upper = 0, lower = 0;
        foreach (char c in word)
        {
            if (TextFold.IsAsciiUpper(c)) upper++;
            else if (c is >= 'a' and <= 'z' or >= '\uFF41' and <= '\uFF5A') lower++;
            else if (!TextFold.IsDigit(c)) return false;
        }
        return upper >= 2 && upper >= lower;
    }
}
