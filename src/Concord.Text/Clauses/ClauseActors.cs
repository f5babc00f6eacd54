namespace Concord.Text.Clauses;

/// <summary>The normal forms of actors: the two sides together, and each party by one name in every language.</summary>
public static class ClauseActors
{
    /// <summary>The two leaders or the two sides together.</summary>
    public const string Both = "both";

    public const string Japan = "Japan";

    public const string VietNam = "Việt Nam";

    /// <summary>In a language table: a pronoun ("They", "họ") that stands for the subject of the sentence
    /// before. Never in a result.</summary>
    internal const string Previous = "";
}
