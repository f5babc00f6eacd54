namespace Concord.Text.Parties;

/// <summary>Finds the two parties of a statement in its text.</summary>
public static class PartyFinder
{
    /// <summary>How far into the document a title naming the parties is looked for.</summary>
    const int OpeningLength = 6_000;

    /// <summary>The parties named by the title ("Joint Statement between the Republic of Aurelia and the Kingdom
    /// of Norvania" => Aurelia, Norvania; forms of state are dropped), else by the first title-like line of the
    /// opening that names them, else the two country-like names the opening uses most (at least twice each).
    /// Empty when none is found.</summary>
    /// <param name="title">The title the outline found, if any; read first.</param>
    public static IReadOnlyList<Party> Find(string text, Language language, string? title = null)
    {
        if (string.IsNullOrEmpty(text))
            return [];
        var tables = PartyLanguage.For(language);
        if (!string.IsNullOrEmpty(title) && TitleParties.Read(title, 0, title.Length, tables) is { } named)
            return named;
        int end = Math.Min(text.Length, OpeningLength);
        for (int start = 0; start < end;)
        {
            int lineEnd = text.IndexOf('\n', start, end - start);
            if (lineEnd < 0) lineEnd = end;
            if (TitleParties.Read(text, start, lineEnd, tables) is { } found)
                return found;
            start = lineEnd + 1;
        }
        return FrequentParties.Find(text, tables);
    }
}
