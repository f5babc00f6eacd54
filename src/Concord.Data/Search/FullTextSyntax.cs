using System.Text;

namespace Concord.Data.Search;

/// <summary>Writes parsed terms in the query languages of the two providers. The words are folded, so they hold
/// letters, digits and marks only (no quote, backslash, operator or space can reach here), and each is quoted as
/// a literal all the same; the result is passed as a parameter, never spliced into SQL.</summary>
internal static class FullTextSyntax
{
    /// <summary>SQLite FTS5: <c>"ha" AND "duong sat" AND "noi"*</c>.</summary>
    public static string Fts5(IEnumerable<SearchTerm> terms)
    {
        var builder = new StringBuilder();
        foreach (var term in terms)
        {
            if (builder.Length > 0) builder.Append(" AND ");
            builder.Append('"').Append(Literal(term.Phrase)).Append('"');
            if (term.Prefix) builder.Append('*');
        }
        return builder.ToString();
    }

    /// <summary>PostgreSQL tsquery: <c>'ha' &amp; ('duong' &lt;-&gt; 'sat') &amp; 'noi':*</c>.</summary>
    public static string TsQuery(IEnumerable<SearchTerm> terms)
    {
        var builder = new StringBuilder();
        foreach (var term in terms)
        {
            if (builder.Length > 0) builder.Append(" & ");
            builder.Append('(');
            for (int i = 0; i < term.Words.Count; i++)
            {
                if (i > 0) builder.Append(" <-> ");
                builder.Append('\'').Append(Literal(term.Words[i])).Append('\'');
                if (term.Prefix && i == term.Words.Count - 1) builder.Append(":*");
            }
            builder.Append(')');
        }
        return builder.ToString();
    }

    // Folding already guarantees this; a second guard costs nothing and keeps the guarantee local.
    static string Literal(string word) =>
        word.Contains('"') || word.Contains('\'') || word.Contains('\\')
            ? word.Replace("\"", " ", StringComparison.Ordinal).Replace("'", " ", StringComparison.Ordinal).Replace("\\", " ", StringComparison.Ordinal)
            : word;
}
