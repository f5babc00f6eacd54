namespace Concord.Text.Dates;

/// <summary>The tokens of one paragraph and the small questions the grammars ask about them. Every index
/// may be out of range: the answer is then simply "no".</summary>
internal sealed class DateScan(string text, List<DateToken> tokens, Language language)
{
    public string Text { get; } = text;
    public List<DateToken> Tokens { get; } = tokens;
    public Language Language { get; } = language;
    public int Count => Tokens.Count;

    public ReadOnlySpan<char> Span(int i) => Text.AsSpan(Tokens[i].Start, Tokens[i].Length);

    public bool IsWordToken(int i) => (uint)i < (uint)Count && Tokens[i].Kind == DateTokenKind.Word;

    public bool IsWord(int i, string word) =>
        IsWordToken(i) && Span(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Case matters: "Year" in "APEC Year 2027" is a name, "year" is not.</summary>
    public bool IsWordExact(int i, string word) => IsWordToken(i) && Span(i).SequenceEqual(word);

    public bool IsSymbol(int i, char c) =>
        (uint)i < (uint)Count && Tokens[i].Kind == DateTokenKind.Symbol && Text[Tokens[i].Start] == c;

    public bool IsSymbol(int i) => (uint)i < (uint)Count && Tokens[i].Kind == DateTokenKind.Symbol;

    public char SymbolAt(int i) => IsSymbol(i) ? Text[Tokens[i].Start] : '\0';

    /// <summary>-, en and em dashes, the tildes Japanese writes between the ends of a range.</summary>
    public bool IsDash(int i) => SymbolAt(i) is '-' or '–' or '—' or '‐' or '−' or '~' or '～' or '〜' or '－';

    public bool IsUpperInitial(int i) => IsWordToken(i) && char.IsUpper(Text[Tokens[i].Start]);

    public bool IsLowerInitial(int i) => IsWordToken(i) && char.IsLower(Text[Tokens[i].Start]);

    /// <summary>The value of a plain number of <paramref name="minDigits"/>..<paramref name="maxDigits"/> digits, or -1.</summary>
    public int Number(int i, int minDigits = 1, int maxDigits = 2, bool ordinalAllowed = false)
    {
        if ((uint)i >= (uint)Count) return -1;
        var t = Tokens[i];
        if (t.Kind != DateTokenKind.Number || t.Value < 0 || t.Digits < minDigits || t.Digits > maxDigits) return -1;
        return t.Ordinal && !ordinalAllowed ? -1 : t.Value;
    }

    public bool IsNumber(int i) => (uint)i < (uint)Count && Tokens[i].Kind == DateTokenKind.Number;

    /// <summary>A four-digit year this software reads: 1900-2199.</summary>
    public int Year(int i)
    {
        int y = Number(i, 4, 4);
        return y is >= 1900 and <= 2199 ? y : -1;
    }

    public int Day(int i, bool ordinalAllowed = true)
    {
        int d = Number(i, 1, 2, ordinalAllowed);
        return d is >= 1 and <= 31 ? d : -1;
    }

    public int Month(int i)
    {
        int m = Number(i, 1, 2);
        return m is >= 1 and <= 12 ? m : -1;
    }

    /// <summary>No space between token i and the next: "2025-04-28", "28/4/2025".</summary>
    public bool Glued(int i) => i + 1 < Count && Tokens[i].End == Tokens[i + 1].Start;

    /// <summary>The first token of a sentence or of a bracket: nothing before it, or a full stop, colon, bracket or quote.</summary>
    public bool StartsClause(int i) =>
        i == 0 || SymbolAt(i - 1) is '.' or '!' or '?' or ':' or ';' or '(' or '"' or '“' or '—' or '。' or '「';

    public int StartOf(int token) => Tokens[token].Start;

    public int EndOf(int token) => Tokens[token].End;
}
