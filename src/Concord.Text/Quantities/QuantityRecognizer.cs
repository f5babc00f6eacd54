using Concord.Text.Languages.En;
using Concord.Text.Languages.Ja;
using Concord.Text.Languages.Vi;

namespace Concord.Text.Quantities;

/// <summary>
/// Finds measured amounts in one paragraph: "approximately US$20 billion" => 20000000000 USD, approx;
/// "hơn 600.000 người" => 600000 người, gt; "2 million tourists per year" => 2000000 tourists, per year.
/// Labels, ordinals, dates and numbers inside names are left out ("Phase 1", "16th", "by 2030",
/// "LOTUSat-1", "2+2"). The unit is a currency code, "%", or the counted noun as written (English: up to
/// four words after the number, ending at the first plural; Vietnamese and Japanese: a noun from the
/// language's table), and null when the number stands alone. Durations are quantities like any other:
/// "more than one year" => 1 year, gt.
/// </summary>
public static class QuantityRecognizer
{
    /// <summary>Finds the quantities within <paramref name="range"/> of <paramref name="text"/>; spans are offsets into <paramref name="text"/>.</summary>
    public static IReadOnlyList<Quantity> Recognize(string text, TextSpan range, Language language)
    {
        if (string.IsNullOrEmpty(text))
            return [];
        int start = Math.Clamp(range.Start, 0, text.Length);
        int end = Math.Clamp(range.End, start, text.Length);
        if (start == end)
            return [];
        return QuantityScanner.Scan(text, start, end, TableOf(language));
    }

    static QuantityLanguage TableOf(Language language) => language switch
    {
        Language.Vi => ViQuantityWords.Table,
        Language.Ja => JaQuantityWords.Table,
        _ => EnQuantityWords.Table,
    };
}
