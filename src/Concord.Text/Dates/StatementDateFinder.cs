namespace Concord.Text.Dates;

public static class StatementDateFinder
{
    /// <summary>The date a statement or article was issued, when its text says it: "date 2025-04-28",
    /// "Hà Nội, ngày 28 tháng 4 năm 2025", "April 28, 2025".</summary>
    public static DateOnly? Find(string text, Language language) => null;
}
