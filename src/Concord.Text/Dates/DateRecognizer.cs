namespace Concord.Text.Dates;

public static class DateRecognizer
{
    /// <summary>Finds the dates within <paramref name="range"/> of <paramref name="text"/>; spans are offsets into <paramref name="text"/>.</summary>
    public static IReadOnlyList<DateMention> Recognize(string text, TextSpan range, Language language, DateContext context) => [];
}
