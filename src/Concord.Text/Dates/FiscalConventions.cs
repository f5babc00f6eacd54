namespace Concord.Text.Dates;

/// <summary>Whose fiscal year a text means. Viet Nam's fiscal year is the calendar year, so a fiscal year
/// named apart from the calendar year, in a text about cooperation with Japan, is Japan's.</summary>
internal static class FiscalConventions
{
    const string JapanReason =
        "Viet Nam's fiscal year is the calendar year, so a fiscal year named apart from the calendar year in a text about cooperation with Japan is Japan's";

    /// <summary>The convention and why: the language, then the sentence, then its paragraph; Japan's when nothing says.</summary>
    public static (FiscalConvention Convention, string Why) Decide(Language language, SentenceCues sentence, Func<SentenceCues> paragraph)
    {
        if (language == Language.Ja)
            return (FiscalConvention.JP, "the text is Japanese, and a Japanese text's fiscal year is Japan's");
        if (sentence.Japan)
            return (FiscalConvention.JP, JapanReason);
        if (sentence.VietNamBudget)
            return (FiscalConvention.VN, "the sentence is about Viet Nam's state budget, whose fiscal year is the calendar year");
        var around = paragraph();
        if (around.Japan)
            return (FiscalConvention.JP, JapanReason.Replace("in a text", "in a paragraph", StringComparison.Ordinal));
        if (around.VietNamBudget)
            return (FiscalConvention.VN, "the paragraph is about Viet Nam's state budget, whose fiscal year is the calendar year");
        return (FiscalConvention.JP,
            "nothing in the paragraph says whose fiscal year it is: assumed Japan's, since Viet Nam's would simply be the calendar year");
    }
}
