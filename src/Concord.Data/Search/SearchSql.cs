using System.Globalization;

namespace Concord.Data.Search;

/// <summary>The SQL of one search on one provider: a page of rows, each carrying how many texts were ranked, and the
/// count alone for a page past the end. Every value (the full-text query, substrings, filters, paging) is a
/// <c>{n}</c> placeholder that EF Core sends as a parameter.</summary>
/// <remarks>Only <c>ranked + 1</c> matches are ranked and counted, the newest first: ranking every match of a word
/// found in most texts reads most of the table (at 500,000 items, 0.3-0.6 s for one such search), and one more than
/// the bound tells that there were more. SQLite's full-text index yields the newest first at no cost. PostgreSQL's
/// cannot: it sorts the matches among the last <see cref="Recent"/> entries (the index and a range of keys together
/// name those rows) and takes older ones, if it needs them, in the table's order.</remarks>
internal sealed record SearchSql(string Select, string Count, object[] SelectArguments, object[] CountArguments)
{
    public const int Recent = 100_000;

    /// <param name="recentAbove">PostgreSQL: the key above which an entry is among the <see cref="Recent"/> newest,
    /// or null when every entry is.</param>
    public static SearchSql For(string provider, IReadOnlyList<SearchTerm> terms, int? statementId, string? language, string? kind,
        int ranked, int limit, int offset, int? recentAbove = null)
    {
        bool sqlite = provider == "sqlite";
        var args = new List<object>();
        string P(object value)
        {
            args.Add(value);
            return "{" + (args.Count - 1).ToString(CultureInfo.InvariantCulture) + "}";
        }

        var indexed = terms.Where(t => !t.Unspaced).ToList();
        string from = "\"SearchEntries\" AS e", id = "e.\"Id\"", score = sqlite ? "0.0" : "0.0::float8";
        var where = new List<string>();
        if (indexed.Count > 0 && sqlite)
        {
            where.Add("\"SearchFts\" MATCH " + P(FullTextSyntax.Fts5(indexed)));
            // bm25 is lower for better matches; negated so that every provider's score grows with relevance.
            score = "-bm25(\"SearchFts\")";
            from = "\"SearchFts\"";
            id = "\"SearchFts\".rowid";
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
        if (statementId is { } statement) where.Add($"e.\"StatementId\" = {P(statement)}");
        if (language is not null) where.Add($"e.\"Language\" = {P(language)}");
        if (kind is not null) where.Add($"e.\"Kind\" = {P(kind)}");
        // Anything but words reads the entries' columns: joined to the index, which stays the first table scanned.
        if (sqlite && from == "\"SearchFts\"" && where.Count > 1)
            from = "\"SearchFts\" JOIN \"SearchEntries\" AS e ON e.\"Id\" = \"SearchFts\".rowid";

        string condition = string.Join(" AND ", where);
        string bound = P(ranked + 1);
        string Matches(string extra) => $"SELECT {id} AS \"Id\", {score} AS \"Score\" FROM {from} WHERE {condition}{extra}";
        // The bound is applied before ranking, in a subquery SQLite does not flatten (it has a LIMIT and the outer
        // query a window), so that bm25 stays where the full-text match is. On PostgreSQL the older part is not read
        // at all when the recent one fills the bound.
        string candidates = recentAbove is { } above && !sqlite
            ? $"({Matches($" AND e.\"Id\" > {P(above)}")} ORDER BY {id} DESC LIMIT {bound}) UNION ALL "
                + $"({Matches($" AND e.\"Id\" <= {P(above)}")} LIMIT {bound}) LIMIT {bound}"
            : $"{Matches("")} ORDER BY {id} DESC LIMIT {bound}";
        string count = $"SELECT COUNT(*) AS \"Value\" FROM ({candidates}) AS c";
        var countArgs = args.ToArray();
        string select = "SELECT e.\"Id\" AS \"Id\", e.\"Kind\" AS \"Kind\", e.\"RefId\" AS \"RefId\", e.\"StatementId\" AS \"StatementId\", "
            + "e.\"Language\" AS \"Language\", e.\"Text\" AS \"Text\", r.\"Score\" AS \"Score\", r.\"Matched\" AS \"Matched\" FROM "
            // The oldest of the candidates, one past the bound, only tells that there were more: not ranked.
            + "(SELECT a.\"Id\", a.\"Score\", a.\"Matched\" FROM "
            + $"(SELECT c.\"Id\", c.\"Score\", COUNT(*) OVER () AS \"Matched\", ROW_NUMBER() OVER (ORDER BY c.\"Id\" DESC) AS \"Place\" FROM ({candidates}) AS c) AS a "
            + $"WHERE a.\"Place\" <= {P(ranked)} ORDER BY a.\"Score\" DESC, a.\"Id\" LIMIT {P(limit)} OFFSET {P(offset)}) AS r "
            + "JOIN \"SearchEntries\" AS e ON e.\"Id\" = r.\"Id\" ORDER BY r.\"Score\" DESC, e.\"Id\"";
        return new SearchSql(select, count, args.ToArray(), countArgs);
    }
}
