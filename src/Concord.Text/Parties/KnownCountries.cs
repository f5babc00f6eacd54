namespace Concord.Text.Parties;

/// <summary>The countries Concord knows by name in every language, so that "Vietnam", "Việt Nam" and "ベトナム"
/// are one party.</summary>
internal static class KnownCountries
{
    static readonly Language[] Languages = [Language.En, Language.Vi, Language.Ja];

    /// <summary>The canonical name of a known country written <paramref name="name"/> in any language
    /// ("Viet Nam" => "Việt Nam", "日本" => "Japan"); null when it is none.</summary>
    public static string? Canonical(string name)
    {
        name = name.Trim();
        foreach (var language in Languages)
            foreach (var (party, names, attributive) in PartyLanguage.For(language).Countries)
                if (Same(party, name) || names.Any(n => Same(n, name)) || attributive.Any(a => Same(a, name)))
                    return party;
        return null;
    }

    static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>The canonical name of the known country whose name starts at <paramref name="start"/>.</summary>
    public static bool TryMatch(string text, int start, int end, PartyLanguage tables, out int matchEnd, out string party) =>
        tables.CountryNames.TryMatch(text, start, end, tables.WholeWords, out matchEnd, out party);
}
