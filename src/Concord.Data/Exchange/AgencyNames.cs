using System.Globalization;
using System.Text;
using Concord.Data.Register;

namespace Concord.Data.Exchange;

/// <summary>Finds agencies by what a person typed in a cell: the id ("12" or "#12"), the Vietnamese or English name,
/// or the acronym; any case, extra spaces ignored.</summary>
internal sealed class AgencyNames
{
    readonly Dictionary<int, Agency> byId;
    readonly Dictionary<string, List<Agency>> byName = new(StringComparer.Ordinal);

    public AgencyNames(IEnumerable<Agency> agencies)
    {
        byId = agencies.ToDictionary(a => a.Id);
        foreach (var a in byId.Values)
            foreach (string? name in new[] { a.NameVi, a.NameEn, a.Acronym })
                if (!string.IsNullOrWhiteSpace(name))
                {
                    var list = byName.TryGetValue(Fold(name), out var found) ? found : byName[Fold(name)] = [];
                    if (!list.Contains(a)) list.Add(a);
                }
    }

    public Agency? this[int id] => byId.GetValueOrDefault(id);

    /// <summary>The agency, or why none could be chosen.</summary>
    /// <remarks>The refusal's field is for the caller to fill: the column the name was in.</remarks>
    public (Agency? Agency, Refusal? Problem) Find(string text)
    {
        string t = text.Trim().TrimStart('#');
        if (t.Length > 0 && t.All(char.IsAsciiDigit))
            return int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out int id) && byId.TryGetValue(id, out var a)
                ? (a, null) : (null, new("", "NoSuchAgency", $"there is no agency with id {t}", t));
        if (!byName.TryGetValue(Fold(text), out var matches))
            return (null, new("", "NoAgencyNamed", $"there is no agency named '{text.Trim()}' in the register (add it first, or write its id)", text.Trim()));
        if (matches.Count > 1)
        {
            string ids = string.Join(", ", matches.Select(m => m.Id.ToString(CultureInfo.InvariantCulture)));
            return (null, new("", "AgencyAmbiguous", $"'{text.Trim()}' names {matches.Count} agencies (ids {ids}): write the id instead", text.Trim(), matches.Count, ids));
        }
        return (matches[0], null);
    }

    static string Fold(string s) =>
        string.Join(' ', s.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
