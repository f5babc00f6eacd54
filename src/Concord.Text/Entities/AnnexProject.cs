using Concord.Text.Segmentation;

namespace Concord.Text.Entities;

/// <summary>An entry of an annex's list is itself a project: its whole text, without a trailing byline
/// ("— VNS", "(TTXVN)") or full stop.</summary>
internal static class AnnexProject
{
    public static Entity? Of(string text, TextSpan range)
    {
        int start = TextScan.SkipSpace(text, range.Start, range.End);
        int end = TextScan.SkipSpaceBack(text, range.End, start);
        end = WithoutByline(text, start, end);
        end = TextScan.TrimEnd(text, start, end, ".;,:");
        return end > start ? new Entity(text[start..end], new TextSpan(start, end), EntityType.Project) : null;
    }

    /// <summary>"... project. — VNS" ends at "project.": a dash or bracket and two to eight capitals at the end.</summary>
    static int WithoutByline(string text, int start, int end)
    {
        int close = end > start && text[end - 1] == ')' ? end - 1 : end;
        int letters = close;
        while (letters > start && char.IsUpper(text[letters - 1])) letters--;
        int count = close - letters;
        if (count is < 2 or > 8) return end;
        int before = TextScan.SkipSpaceBack(text, letters, start);
        if (close < end && before > start && text[before - 1] == '(')
            return TextScan.SkipSpaceBack(text, before - 1, start);
        if (close == end && before > start && TextScan.IsDash(text[before - 1]) && before - 1 > start && char.IsWhiteSpace(text[before - 2]))
            return TextScan.SkipSpaceBack(text, before - 1, start);
        return end;
    }
}
