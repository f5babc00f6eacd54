using System.Globalization;

namespace Concord.Data.Search;

/// <summary>The SQL of one search on one provider: a page of rows and the count of all. Every value (the
/// full-text query, substrings, filters, paging) is a <c>{n}</c> placeholder that EF Core sends as a parameter.</summary>
internal sealed record SearchSql(string Select, string Count, object[] SelectArguments, object[] CountArguments)
{
    public static SearchSql For(string provider, IReadOnlyList<SearchTerm> terms, int? statementId, string? language, string? kind, int limit, int offset)
    {
        bool sqlite = provider == "sqlite";
        var args = new List<object>();
        string P(object value)
        {
            args.Add(value);
            return "{" + (args.Count - 1).ToString(CultureInfo.InvariantCulture) + "}";
        }

        var indexed = terms.Where(t => !t.Unspaced).ToList();
        string from = "\"SearchEntries\" AS e", score = sqlite ? "0.0" : "0.0::float8";
        var where = new List<string>();
        if (indexed.Count > 0 && sqlite)
        {
            from = "\"SearchFts\" JOIN \"SearchEntries\" AS e ON e.\"Id\" = \"SearchFts\".rowid";
            where.Add("\"SearchFts\" MATCH " + P(FullTextSyntax.Fts5(indexed)));
            // bm25 is lower for better matches; negated so that every provider's score grows with relevance.
            score = "-bm25(\"SearchFts\")";
        }
        else if (indexed.Count > 0)
        {
            string query = $"to_tsquery('simple', {P(FullTextSyntax.TsQuery(indexed))})";
            where.Add($"e.\"Words\" @@ {query}");
            // Normalisation 1 divides by the log of the length, as bm25 favours the shorter of two equal matches.
            score = $"ts_rank(e.\"Words\", {query}, 1)::float8";
        }
        foreach (var term in terms.Where(t => t.Unspaced))
            where.Add(sqlite ? $"instr(e.\"Folded\", {P(term.Phrase)}) > 0" : $"strpos(e.\"Folded\", {P(term.Phrase)}) > 0");
        if (statementId is { } id) where.Add($"e.\"StatementId\" = {P(id)}");
        if (language is not null) where.Add($"e.\"Language\" = {P(language)}");
        if (kind is not null) where.Add($"e.\"Kind\" = {P(kind)}");

        if (sqlite && indexed.Count > 0 && where.Count == 1)
            return RankedInIndex(where[0], args, limit, offset);
        string condition = string.Join(" AND ", where);
        string count = $"SELECT COUNT(*) AS \"Value\" FROM {from} WHERE {condition}";
        var countArgs = args.ToArray();
        string select = "SELECT e.\"Id\" AS \"Id\", e.\"Kind\" AS \"Kind\", e.\"RefId\" AS \"RefId\", e.\"StatementId\" AS \"StatementId\", "
            + $"e.\"Language\" AS \"Language\", e.\"Text\" AS \"Text\", {score} AS \"Score\" FROM {from} WHERE {condition} "
            + $"ORDER BY \"Score\" DESC, e.\"Id\" LIMIT {P(limit)} OFFSET {P(offset)}";
        return new SearchSql(select, count, args.ToArray(), countArgs);
    }

    /// <summary>A SQLite search with nothing but words: counted and ranked inside the full-text index, so that only
    /// the page's rows are read from the table.</summary>
    static SearchSql RankedInIndex(string match, List<object> args, int limit, int offset)
    {
        string count = $"SELECT COUNT(*) AS \"Value\" FROM \"SearchFts\" WHERE {match}";
        var countArgs = args.ToArray();
        string limitArg = "{" + args.Count.ToString(CultureInfo.InvariantCulture) + "}", offsetArg = "{" + (args.Count + 1).ToString(CultureInfo.InvariantCulture) + "}";
        args.Add(limit);
        args.Add(offset);
        string select = "SELECT e.\"Id\" AS \"Id\", e.\"Kind\" AS \"Kind\", e.\"RefId\" AS \"RefId\", e.\"StatementId\" AS \"StatementId\", "
            + "e.\"Language\" AS \"Language\", e.\"Text\" AS \"Text\", r.\"Score\" AS \"Score\" FROM "
            + $"(SELECT rowid AS \"Id\", -bm25(\"SearchFts\") AS \"Score\" FROM \"SearchFts\" WHERE {match} "
            + $"ORDER BY \"Score\" DESC, rowid LIMIT {limitArg} OFFSET {offsetArg}) AS r "
            + "JOIN \"SearchEntries\" AS e ON e.\"Id\" = r.\"Id\" ORDER BY r.\"Score\" DESC, e.\"Id\"";
        return new SearchSql(select, count, args.ToArray(), countArgs);
    }
}
