using System.Globalization;
using System.Text;

namespace Concord.Data.Ingest;

/// <summary>The stable key of a statement: its parties and date, "viet-nam-japan-2025-04-28"; the title's first
/// words stand in for parties the text does not name, and "undated" for a missing date.</summary>
internal static class StatementKey
{
    const int MaxWords = 60;

    public static string Of((string A, string B)? parties, DateOnly? date, string title)
    {
        var head = parties is { } p ? Slug(p.A) + "-" + Slug(p.B) : Slug(title);
        head = head.Trim('-');
        if (head.Length > MaxWords) head = head[..MaxWords].TrimEnd('-');
        if (head.Length == 0) head = "statement";
        return head + "-" + (date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated");
    }

    /// <summary>Lower-case ASCII letters and digits joined by '-': "Việt Nam" => "viet-nam" (đ is folded by hand:
    /// it has no decomposition).</summary>
    public static string Slug(string text)
    {
        var decomposed = text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') slug.Append(c);
            else if (c is >= 'A' and <= 'Z') slug.Append(char.ToLowerInvariant(c));
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().Trim('-');
    }
}
