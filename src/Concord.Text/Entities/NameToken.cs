using Concord.Text.Segmentation;

namespace Concord.Text.Entities;

/// <summary>A word, a number or a punctuation mark of a Latin-script text. A word keeps its inner hyphens,
/// dots, plus signs and slashes ("Nam-Japan", "No.1", "2+2", "DX/GX"); an apostrophe ends it ("Japan’s").</summary>
internal readonly record struct NameToken(int Start, int End, NameTokenKind Kind)
{
    public static List<NameToken> Split(string text, TextSpan range)
    {
        var tokens = new List<NameToken>();
        for (int p = range.Start; p < range.End; p++)
        {
            char c = text[p];
            if (char.IsWhiteSpace(c)) continue;
            if (!TextScan.IsWordChar(c))
            {
                tokens.Add(new NameToken(p, p + 1, NameTokenKind.Punctuation));
                continue;
            }
            int q = p + 1;
            while (q < range.End && (TextScan.IsWordChar(text[q])
                || text[q] is '-' or '–' or '‑' or '.' or '+' or '/' or '&' && q + 1 < range.End && TextScan.IsWordChar(text[q + 1])))
                q++;
            tokens.Add(new NameToken(p, q, char.IsDigit(c) ? NameTokenKind.Number : NameTokenKind.Word));
            p = q - 1;
        }
        return tokens;
    }

    public bool IsCapitalised(string text) => Kind == NameTokenKind.Word && char.IsUpper(text[Start]);

    public bool IsLower(string text) => Kind == NameTokenKind.Word && char.IsLower(text[Start]);

    public bool Is(string text, char c) => Kind == NameTokenKind.Punctuation && text[Start] == c;

    /// <summary>"16th", "2nd": an ordinal written in digits.</summary>
    public bool IsOrdinal(string text) =>
        Kind == NameTokenKind.Number && End - Start >= 3 && char.IsLetter(text[End - 1])
        && text.AsSpan(End - 2, 2) is "st" or "nd" or "rd" or "th";

    /// <summary>"JBIC", "P4G", "AI": capital letters and digits, at least two characters.</summary>
    public bool IsAcronym(string text)
    {
        if (End - Start < 2 || !char.IsLetter(text[Start])) return false;
        int upper = 0;
        for (int i = Start; i < End; i++)
        {
            if (char.IsLower(text[i]) && !(i == End - 1 && text[i] == 's')) return false;
            if (char.IsUpper(text[i])) upper++;
        }
        return upper >= 2;
    }
}
