using Concord.Text.Segmentation;

namespace Concord.Text.Entities;

/// <summary>
/// Finds names written in capitals in English (and Latin names inside Vietnamese): a run of capitalised words,
/// with lower-case function words between them ("of", "on", "for", "and", "the", "in"), dashes between
/// capitalised words and an acronym in brackets ("Japan Bank of International Cooperation (JBIC)"), is a
/// named thing when it holds a type keyword: the last keyword decides the type and the name ends after its
/// complement ("Joint Committee on Trade, Energy and Industry"). A lower-case "project", "mechanism" or
/// "programme" right after such a run makes the run and the word a name ("Maritime Dialogue mechanism").
/// "Project to ..." / "Project on ..." runs to the next punctuation or clause word.
/// </summary>
internal static class LatinNames
{
    readonly record struct Keyword(int First, int Last, EntityKeyword Meaning);

    public static void Find(string text, TextSpan range, EntityLexicon lexicon, List<Entity> found)
    {
        var tokens = NameToken.Split(text, range);
        var scan = new Scan(text, range, tokens, lexicon);
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!scan.CanStart(i)) continue;
            int last = scan.Extend(i);
            scan.Emit(i, last, found);
            i = last;
        }
        for (int i = 0; i < tokens.Count; i++)
            scan.ProjectTitle(i, found);
    }

    sealed class Scan(string text, TextSpan range, List<NameToken> tokens, EntityLexicon lexicon)
    {
        public bool CanStart(int i)
        {
            var t = tokens[i];
            return t.IsCapitalised(text) && !IsFunction(i)
                || t.IsOrdinal(text)
                || t.Kind == NameTokenKind.Number && text.AsSpan(t.Start, t.End - t.Start).Contains('+');
        }

        /// <summary>The index of the last token of the capitalised run that starts at <paramref name="i"/>.</summary>
        public int Extend(int i)
        {
            int last = i;
            var first = KeywordAt(i);
            bool complement = false, start = first is { Meaning.Role: KeywordRole.Start }, head = first is not null;
            for (int k = i + 1; k < tokens.Count;)
            {
                var t = tokens[k];
                if (t.IsCapitalised(text) && !IsFunction(k))
                {
                    var keyword = KeywordAt(k);
                    start |= keyword is { Meaning.Role: KeywordRole.Start };
                    head |= keyword is not null;
                    last = k++;
                    continue;
                }
                if (t.Kind == NameTokenKind.Number && last == k - 1)
                {
                    last = k++;
                    continue;
                }
                if (IsFunction(k) && t.IsLower(text))
                {
                    int m = k;
                    while (m < tokens.Count && m - k < 2 && IsFunction(m) && tokens[m].IsLower(text)) m++;
                    if (m >= tokens.Count || !tokens[m].IsCapitalised(text)) break;
                    // "... Committee and the Joint Committee ...": two names, not one.
                    if (Is(k, "and") && (EndsKeyword(last) || head && KeywordAhead(m))) break;
                    complement |= (Is(k, "of") || Is(k, "on") || Is(k, "for") || Is(k, "in")) && EndsKeyword(last);
                    k = m;
                    continue;
                }
                if (t.Kind != NameTokenKind.Punctuation || last != k - 1 && !tokens[k - 1].Is(text, '-'))
                    break;
                char c = text[t.Start];
                if (TextScan.IsDash(c) && k + 1 < tokens.Count && tokens[k + 1].IsCapitalised(text))
                    k++;
                else if (c == '(' && AcronymInBrackets(k))
                {
                    last = k + 2;
                    k += 3;
                }
                else if (c is '’' or '\'' && t.Start == tokens[k - 1].End && text[t.Start - 1] == 's'
                    && k + 1 < tokens.Count && tokens[k + 1].IsCapitalised(text) && tokens[k + 1].Start > t.End)
                    k++;
                else if (c == ',' && (start && k + 1 < tokens.Count && tokens[k + 1].IsCapitalised(text) || complement && ListAhead(k)))
                    k++;
                else
                    break;
            }
            return last;
        }

        public void Emit(int first, int last, List<Entity> found)
        {
            var keywords = new List<Keyword>();
            for (int k = first; k <= last; k++)
            {
                if (!tokens[k].IsCapitalised(text) || KeywordAt(k) is not { } keyword) continue;
                keywords.Add(keyword);
                k = keyword.Last;
            }
            int start = tokens[first].Start;
            foreach (var place in keywords)
                if (place.Meaning.Type == EntityType.Place && place.First > first)
                    found.Add(Make(start, tokens[place.Last].End, EntityType.Place));

            if (SuffixAfter(last) is { } suffix)
            {
                found.Add(Make(start, tokens[suffix.Last].End, suffix.Meaning.Type));
                return;
            }
            if (keywords.Count == 0) return;
            var head = keywords[^1];
            int end = EndOfComplement(head, last);
            // A keyword alone ("the Committee", "Project") names nothing.
            if (head.First == first && end == tokens[head.Last].End) return;
            var type = head.Meaning.Type;
            if (type == EntityType.Mechanism && Is(head.First, "forum") && HasOrdinal(first, last))
                type = EntityType.Event;
            found.Add(Make(start, end, type));
        }

        /// <summary>"Project to restore mangrove forests in the Mekong Delta".</summary>
        public void ProjectTitle(int i, List<Entity> found)
        {
            if (!Is(i, "project") || !tokens[i].IsCapitalised(text) || i + 2 >= tokens.Count
                || !(Is(i + 1, "to") || Is(i + 1, "on") || Is(i + 1, "for") || Is(i + 1, "of")) || !tokens[i + 2].IsLower(text))
                return;
            int last = i + 1;
            for (int k = i + 2; k < tokens.Count && k - i < 24; k++)
            {
                var t = tokens[k];
                if (t.Kind == NameTokenKind.Punctuation && !(t.Is(text, '-') && k + 1 < tokens.Count && tokens[k + 1].Start == t.End))
                    break;
                if (lexicon.Boundaries.TryMatch(text, t.Start, range.End, true, out _))
                    break;
                last = k;
            }
            while (last > i + 1 && IsFunction(last)) last--;
            if (last > i + 1)
                found.Add(Make(tokens[i].Start, tokens[last].End, EntityType.Project));
        }

        int EndOfComplement(Keyword head, int last)
        {
            int end = tokens[head.Last].End;
            bool complement = false, start = head.Meaning.Role == KeywordRole.Start;
            for (int j = head.Last + 1; j <= last; j++)
            {
                var t = tokens[j];
                if (IsFunction(j) && t.IsLower(text))
                {
                    if (Is(j, "of") || Is(j, "on") || Is(j, "for") || Is(j, "in") && j + 1 <= last && Is(j + 1, "the")) complement = true;
                    else if (!complement) break;
                    continue;
                }
                if (t.Is(text, '(') && AcronymInBrackets(j))
                    return tokens[j + 2].End;
                if (t.Kind == NameTokenKind.Number || (complement || start) && t.IsCapitalised(text))
                {
                    end = t.End;
                    continue;
                }
                if (t.Kind == NameTokenKind.Punctuation && (complement || start))
                    continue;
                break;
            }
            return end;
        }

        Keyword? SuffixAfter(int last)
        {
            for (int k = last + 1; k < tokens.Count && k - last <= 4; k++)
            {
                var t = tokens[k];
                if (!t.IsLower(text) && !t.IsAcronym(text)) return null;
                if (t.IsLower(text) && lexicon.Suffixes.TryMatch(text, t.Start, t.End, true, out int end, out var meaning) && end == t.End)
                    return new Keyword(k, k, meaning);
                if (IsFunction(k)) return null;
            }
            return null;
        }

        Keyword? KeywordAt(int i)
        {
            if (!lexicon.Keywords.TryMatch(text, tokens[i].Start, range.End, true, out int end, out var meaning))
                return null;
            int last = i;
            while (last < tokens.Count && tokens[last].End < end) last++;
            return last < tokens.Count && tokens[last].End == end ? new Keyword(i, last, meaning) : null;
        }

        bool EndsKeyword(int k) =>
            KeywordAt(k) is { } a && a.Last == k || k > 0 && KeywordAt(k - 1) is { } b && b.Last == k;

        /// <summary>Whether the capitalised run from <paramref name="k"/> to the next "and" holds a keyword: then
        /// the "and" before it joins two names.</summary>
        bool KeywordAhead(int k)
        {
            for (int j = k; j < tokens.Count && j - k < 12; j++)
            {
                if (tokens[j].IsCapitalised(text) && !IsFunction(j))
                {
                    if (KeywordAt(j) is not null) return true;
                    continue;
                }
                if (Is(j, "and") || !IsFunction(j) && tokens[j].Kind != NameTokenKind.Number && !tokens[j].Is(text, '-')) return false;
            }
            return false;
        }

        bool AcronymInBrackets(int k) =>
            k + 2 < tokens.Count && tokens[k + 1].IsAcronym(text) && tokens[k + 2].Is(text, ')');

        /// <summary>A list inside a complement: ", Energy and Industry".</summary>
        bool ListAhead(int comma)
        {
            for (int k = comma + 1; k < tokens.Count && k - comma < 12; k++)
            {
                if (!tokens[k].IsCapitalised(text)) return false;
                while (k + 1 < tokens.Count && tokens[k + 1].IsCapitalised(text)) k++;
                if (k + 2 < tokens.Count && Is(k + 1, "and") && tokens[k + 2].IsCapitalised(text)) return true;
                if (k + 1 >= tokens.Count || !tokens[k + 1].Is(text, ',')) return false;
                k++;
            }
            return false;
        }

        bool HasOrdinal(int first, int last)
        {
            for (int k = first; k <= last; k++)
                if (tokens[k].IsOrdinal(text)) return true;
            return false;
        }

        bool IsFunction(int k) =>
            tokens[k].Kind == NameTokenKind.Word
            && lexicon.FunctionWords.TryMatch(text, tokens[k].Start, tokens[k].End, true, out int end) && end == tokens[k].End;

        bool Is(int k, string word) =>
            tokens[k].Kind == NameTokenKind.Word
            && text.AsSpan(tokens[k].Start, tokens[k].End - tokens[k].Start).Equals(word, StringComparison.OrdinalIgnoreCase);

        Entity Make(int start, int end, EntityType type) => new(text[start..end], new TextSpan(start, end), type);
    }
}
