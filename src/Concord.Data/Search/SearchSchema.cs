namespace Concord.Data.Search;

/// <summary>The full-text index EF Core cannot express, as idempotent SQL run after every migration.</summary>
internal static class SearchSchema
{
    /// <summary>SQLite: an FTS5 table over <c>SearchEntries.Folded</c> (external content: the text is stored once)
    /// kept by triggers. The text is folded already, so the tokenizer removes no marks; marks of other scripts
    /// stay word characters, as they do in the folding.</summary>
    public static readonly string[] Sqlite =
    [
        """
        CREATE VIRTUAL TABLE IF NOT EXISTS "SearchFts" USING fts5(
            "Folded", content='SearchEntries', content_rowid='Id',
            tokenize="unicode61 remove_diacritics 0 categories 'L* N* M*'", prefix='2 3')
        """,
        """
        CREATE TRIGGER IF NOT EXISTS "SearchEntries_ai" AFTER INSERT ON "SearchEntries" BEGIN
            INSERT INTO "SearchFts"(rowid, "Folded") VALUES (new."Id", new."Folded");
        END
        """,
        """
        CREATE TRIGGER IF NOT EXISTS "SearchEntries_ad" AFTER DELETE ON "SearchEntries" BEGIN
            INSERT INTO "SearchFts"("SearchFts", rowid, "Folded") VALUES ('delete', old."Id", old."Folded");
        END
        """,
        """
        CREATE TRIGGER IF NOT EXISTS "SearchEntries_au" AFTER UPDATE OF "Folded" ON "SearchEntries" BEGIN
            INSERT INTO "SearchFts"("SearchFts", rowid, "Folded") VALUES ('delete', old."Id", old."Folded");
            INSERT INTO "SearchFts"(rowid, "Folded") VALUES (new."Id", new."Folded");
        END
        """,
    ];

    /// <summary>Rebuilds the FTS5 table from <c>SearchEntries</c>: for a register whose entries predate the table.</summary>
    public const string SqliteRebuild = """INSERT INTO "SearchFts"("SearchFts") VALUES ('rebuild')""";

    public const string SqliteHasFts = """SELECT COUNT(*) AS "Value" FROM sqlite_master WHERE type = 'table' AND name = 'SearchFts'""";

    /// <summary>PostgreSQL: the words of the folded text kept in a stored column (made by the server on every insert
    /// and update) with a GIN index, which the search's <c>@@</c> uses; ranking reads the stored words instead of
    /// parsing each matching text again, which made a common word's search grow with its matches. The 'simple'
    /// configuration only lower-cases: no stemming, no stop words, the same in every language. A register made
    /// before the column gets it (its table rewritten once) and loses the index on the expression.</summary>
    public static readonly string[] Postgres =
    [
        """
        ALTER TABLE "SearchEntries" ADD COLUMN IF NOT EXISTS "Words" tsvector
            GENERATED ALWAYS AS (to_tsvector('simple', "Folded")) STORED
        """,
        """CREATE INDEX IF NOT EXISTS "IX_SearchEntries_Words" ON "SearchEntries" USING GIN ("Words")""",
        """
        DROP INDEX IF EXISTS "IX_SearchEntries_Folded_Words"
        """,
    ];
}
