using System.Text;

namespace Concord.Reading;

/// <summary>
/// Joins the lines of a paragraph into one. A hyphen at a line's end is a line-break hyphen, and is
/// dropped, only when the two halves are not both words of the document or the joined word is one
/// (<c>coop-</c> + <c>eration</c>); <c>long-</c> + <c>term</c>, where both halves are words, keeps it.
/// Japanese lines join without a space.
/// </summary>
internal sealed class LineJoiner
{
    readonly HashSet<string> words = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="paragraphs">Every paragraph's lines: the words seen anywhere but at a hyphenated line break.</param>
    public LineJoiner(IEnumerable<IReadOnlyList<string>> paragraphs)
    {
        foreach (var lines in paragraphs)
        {
            bool afterHyphen = false;
            foreach (var line in lines)
            {
                var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (int t = 0; t < tokens.Length; t++)
                {
                    // The halves of a word broken at a line end are not words of the document.
                    bool broken = (t == 0 && afterHyphen) || (t == tokens.Length - 1 && tokens[t].EndsWith('-'));
                    if (!broken) Add(tokens[t]);
                }
                afterHyphen = line.EndsWith('-');
            }
        }
    }

    void Add(string token)
    {
        var word = token.Trim(TrimmedPunctuation);
        if (word.Length == 0) return;
        words.Add(word);
        // "people-to-people" also tells that "people" is a word.
        if (word.Contains('-', StringComparison.Ordinal))
            foreach (var part in word.Split('-', StringSplitOptions.RemoveEmptyEntries)) words.Add(part);
    }

    static readonly char[] TrimmedPunctuation = ['.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', '[', ']', '“', '”', '‘', '’', '-'];

    public string Join(IReadOnlyList<string> lines)
    {
        var sb = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.Count; i++)
        {
            var next = lines[i];
            if (sb.Length == 0 || next.Length == 0)
            {
                sb.Append(next);
                continue;
            }
            char last = sb[^1];
            if (last == '\u00AD')
            {
                sb.Length--;
                sb.Append(next);
            }
            else if (last == '-' && IsLineBreakHyphen(sb, next))
            {
                sb.Length--;
                sb.Append(next);
            }
            else if (last == '-' && sb.Length > 1 && char.IsLetter(sb[^2]))
            {
                sb.Append(next);
            }
            else
            {
                if (!(IsCjk(last) && IsCjk(next[0]))) sb.Append(' ');
                sb.Append(next);
            }
        }
        return sb.ToString();
    }

    bool IsLineBreakHyphen(StringBuilder sb, string next)
    {
        int start = sb.Length - 1;
        while (start > 0 && char.IsLetter(sb[start - 1])) start--;
        var head = sb.ToString(start, sb.Length - 1 - start);
        int end = 0;
        while (end < next.Length && char.IsLetter(next[end])) end++;
        var tail = next[..end];
        if (head.Length == 0 || tail.Length == 0 || !char.IsLower(tail[0])) return false;
        if (words.Contains(head + tail)) return true;
        if (words.Contains(head + "-" + tail)) return false;
        return !(words.Contains(head) && words.Contains(tail));
    }

    static bool IsCjk(char c) => c is >= '\u3000' and <= '\u9FFF' or >= '\uFF00' and <= '\uFFEF';
}
