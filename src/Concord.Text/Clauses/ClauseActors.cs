namespace Concord.Text.Clauses;

/// <summary>The normal forms of actors: the two sides together, and each party by one name in every language
/// (a known country's canonical name, or the name a document gives it: see <see cref="Parties.Party"/>).</summary>
public static class ClauseActors
{
    /// <summary>The two leaders or the two sides together.</summary>
    public const string Both = "both";

    /// <summary>The canonical name of Japan, a known country.</summary>
    public const string Japan = "Japan";

    /// <summary>The canonical name of Việt Nam, a known country.</summary>
    public const string VietNam = "Việt Nam";

    /// <summary>In a language table: a pronoun ("They", "họ") that stands for the subject of the sentence
    /// before. Never in a result.</summary>
    internal const string Previous = "";
}
