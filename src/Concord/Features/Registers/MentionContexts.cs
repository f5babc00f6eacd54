using Concord.Data;
using Concord.Data.Register;
using Concord.Features.Commitments;
using Concord.Text;
using Concord.Text.Segmentation;
using Concord.Web;
using Microsoft.EntityFrameworkCore;

namespace Concord.Features.Registers;

/// <summary>Reads mentions as the items that hold them, each mention cut to its sentence with the name marked.</summary>
public static class MentionContexts
{
    /// <summary>The most mentions one page shows; the page says how many there are in all.</summary>
    public const int Limit = 200;

    public sealed record Result(IReadOnlyList<MentionedItem> Items, int Mentions, int Shown);

    /// <summary>The mentions of one entry (<paramref name="entry"/> names it, like <c>agency/7</c>), kept until the
    /// register changes: an entry of a large register is named tens of thousands of times, and finding the first
    /// ones in the order of the statements reads them all.</summary>
    public static Task<Result> LoadAsync(RegisterDb db, RegisterMemo memo, string entry, IQueryable<Mention> mentions, CancellationToken ct) =>
        memo.GetAsync(db, "mentions|" + entry, () => ReadAsync(db, mentions, ct), ct);

    static async Task<Result> ReadAsync(RegisterDb db, IQueryable<Mention> mentions, CancellationToken ct)
    {
        int total = await mentions.CountAsync(ct);
        var rows = await mentions.AsNoTracking()
            .Join(db.Items, m => m.ItemId, i => i.Id, (m, i) => new { m, i })
            .OrderBy(x => x.i.StatementId).ThenBy(x => x.i.Ordinal).ThenBy(x => x.m.VersionId).ThenBy(x => x.m.SpanStart).ThenBy(x => x.m.Id)
            .Take(Limit)
            .Select(x => new
            {
                x.m.ItemId, x.m.VersionId, x.m.SpanStart, x.m.SpanEnd, x.m.Text,
                x.i.StatementId, Key = x.i.Statement.Key, Title = x.i.Statement.Title, x.i.Path,
            })
            .ToListAsync(ct);
        if (rows.Count == 0) return new Result([], total, 0);

        var itemIds = rows.Select(r => r.ItemId).Distinct().ToList();
        var versionIds = rows.Select(r => r.VersionId).Distinct().ToList();
        var versions = await db.Versions.AsNoTracking().Where(v => versionIds.Contains(v.Id))
            .Select(v => new { v.Id, v.Language, v.Official }).ToDictionaryAsync(v => v.Id, ct);
        // Only the item's own stretch of each version is read, never the whole text.
        var windows = (await db.ItemTexts.AsNoTracking().Where(t => itemIds.Contains(t.ItemId) && versionIds.Contains(t.VersionId))
                .Where(t => t.SpanEnd > t.SpanStart)
                .Select(t => new { t.ItemId, t.VersionId, t.SpanStart, t.SpanEnd, Text = t.Version.Text.Substring(t.SpanStart, t.SpanEnd - t.SpanStart) })
                .ToListAsync(ct))
            .ToDictionary(t => (t.ItemId, t.VersionId));
        var commitments = (await db.Commitments.AsNoTracking().Where(c => itemIds.Contains(c.ItemId) && c.IsCommitment)
                .OrderBy(c => c.Ordinal).ThenBy(c => c.Id)
                .Select(c => new { c.ItemId, c.Id, c.Text, c.Status }).ToListAsync(ct))
            .ToLookup(c => c.ItemId, c => new MentionedItem.CommitmentLink(c.Id, c.Text, c.Status));

        var items = new List<MentionedItem>();
        foreach (var group in rows.GroupBy(r => r.ItemId))
        {
            var first = group.First();
            var contexts = new List<SourceText>();
            foreach (var r in group)
            {
                var version = versions.GetValueOrDefault(r.VersionId);
                string language = version?.Language ?? "";
                bool official = version?.Official ?? true;
                var window = windows.GetValueOrDefault((r.ItemId, r.VersionId));
                contexts.Add(window is null
                    ? SourceText.Of(language, official, "", null, null, r.Text)
                    : Sentence(language, official, window.Text, r.SpanStart - window.SpanStart, r.SpanEnd - window.SpanStart, r.Text));
            }
            items.Add(new MentionedItem(first.ItemId, first.Key, first.Title, first.Path, contexts, commitments[first.ItemId].ToList()));
        }
        return new Result(items, total, rows.Count);
    }

    /// <summary>The sentence of <paramref name="text"/> that holds the mention, with the mention marked; the mention
    /// alone when its span does not point at its words (a text changed since, or offsets the database counted
    /// otherwise).</summary>
    static SourceText Sentence(string language, bool official, string text, int start, int end, string words)
    {
        if (start < 0 || end > text.Length || end <= start || !text.AsSpan(start, end - start).SequenceEqual(words))
            return SourceText.Of(language, official, "", null, null, words);
        var mention = new TextSpan(start, end);
        var sentence = new TextSpan(0, text.Length);
        foreach (var s in SentenceSplitter.Split(text, sentence))
            if (s.Contains(mention)) { sentence = s; break; }
        return SourceText.Of(language, official, text, (sentence.Start, sentence.End), (start, end), words);
    }
}
