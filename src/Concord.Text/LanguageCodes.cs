namespace Concord.Text;

public static class LanguageCodes
{
    public static string Code(this Language language) => language switch
    {
        Language.En => "en",
        Language.Vi => "vi",
        Language.Ja => "ja",
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    };

    /// <summary>Reads <c>en</c>, <c>vi</c> or <c>ja</c> (any case); null for anything else.</summary>
    public static Language? Parse(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "en" => Language.En,
        "vi" => Language.Vi,
        "ja" => Language.Ja,
        _ => null,
    };
}
