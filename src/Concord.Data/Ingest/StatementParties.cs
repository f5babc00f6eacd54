using Concord.Text.Extraction;

namespace Concord.Data.Ingest;

/// <summary>The two parties of a statement, as the text core found them (or the caller gave them). The versions
/// may list them in different orders and, for a country the text core does not know, under different names
/// ("Aurelia", "アウレリア"): the statement takes them from its English version, else its Vietnamese, else its
/// Japanese, whatever the order of the files, so that its key does not depend on it.</summary>
internal static class StatementParties
{
    public static (string A, string B)? Find(IReadOnlyList<ExtractedDocument> versions)
    {
        foreach (var doc in versions.OrderBy(d => d.Language))
            if (doc.Parties.Count >= 2) return (doc.Parties[0].Name, doc.Parties[1].Name);
        return null;
    }

    /// <summary>The statement's party an actor of a clause of <paramref name="doc"/> is: the party of that name;
    /// else the party in the same place of the document's own list ("アウレリア" is the first party, "Aurelia");
    /// else the party the actor names ("Bộ Quốc phòng Việt Nam"); null for a person or a body of no party.</summary>
    public static string? PartyOf(string actor, ExtractedDocument doc, (string A, string B) parties)
    {
        if (actor == parties.A || actor == parties.B) return actor;
        for (int i = 0; i < Math.Min(2, doc.Parties.Count); i++)
            if (doc.Parties[i].Name == actor && doc.Parties.Count == 2) return i == 0 ? parties.A : parties.B;
        if (actor.Contains(parties.A, StringComparison.Ordinal)) return parties.A;
        if (actor.Contains(parties.B, StringComparison.Ordinal)) return parties.B;
        return null;
    }
}
