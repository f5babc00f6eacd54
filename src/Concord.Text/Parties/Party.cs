namespace Concord.Text.Parties;

/// <summary>A party to a statement: a government, named by one canonical name in every language.</summary>
/// <param name="Name">The actor string of its clauses: a known country's shared name ("Japan", "Việt Nam"), or
/// the name as written ("Aurelia", which is the same in English and Vietnamese; "アウレリア" in Japanese).</param>
/// <param name="Forms">Other ways the document writes it: "Republic of Aurelia", or the Japanese "アウレリア"
/// of a party named "Aurelia" by the caller. A known country's names need not be listed.</param>
public sealed record Party(string Name, IReadOnlyList<string> Forms)
{
    public Party(string name) : this(name, []) { }

    /// <summary>Reads a party as a caller writes it: <c>Aurelia</c>, or with its other forms
    /// <c>Aurelia=アウレリア</c>. A known country's name in any language gives its canonical name
    /// ("Vietnam" => "Việt Nam"). Null for an empty name.</summary>
    public static Party? Parse(string text)
    {
        var parts = (text ?? "").Split('=', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
            return null;
        var name = KnownCountries.Canonical(parts[0]) ?? parts[0];
        var forms = parts.Skip(1).Append(parts[0]).Where(f => !string.Equals(f, name, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).ToArray();
        return new Party(name, forms);
    }

    /// <summary>Reads a comma-separated list: <c>Aurelia,Norvania</c>.</summary>
    public static IReadOnlyList<Party> ParseList(string? text) =>
        [.. (text ?? "").Split(',', StringSplitOptions.TrimEntries).Select(Parse).OfType<Party>()
            .DistinctBy(p => p.Name, StringComparer.Ordinal)];

    public override string ToString() => Name;
}
