using Concord.Data.Register;
using Microsoft.EntityFrameworkCore;

namespace Concord.Data.Ingest;

/// <summary>A statement as the register holds it, tracked, with everything ingest may change or must keep.</summary>
internal sealed class RegisterState
{
    public List<StatementVersion> Versions { get; private init; } = [];
    public List<Item> Items { get; private init; } = [];
    public List<Commitment> Commitments { get; private init; } = [];
    public List<Mention> Mentions { get; private init; } = [];

    public static async Task<RegisterState> LoadAsync(RegisterDb db, int statementId, CancellationToken cancellationToken) => new()
    {
        Versions = await db.Versions.Where(v => v.StatementId == statementId).OrderBy(v => v.Id).ToListAsync(cancellationToken),
        Items = await db.Items.Where(i => i.StatementId == statementId).Include(i => i.Texts).Include(i => i.Issues)
            .AsSplitQuery().OrderBy(i => i.Ordinal).ToListAsync(cancellationToken),
        Commitments = await db.Commitments.Where(c => c.StatementId == statementId)
            .Include(c => c.Sources).Include(c => c.Parties).Include(c => c.Agencies).Include(c => c.Updates)
            .Include(c => c.Targets).ThenInclude(t => t.Measurements)
            .AsSplitQuery().OrderBy(c => c.Id).ToListAsync(cancellationToken),
        Mentions = await db.Mentions.Where(m => db.Items.Any(i => i.Id == m.ItemId && i.StatementId == statementId))
            .OrderBy(m => m.Id).ToListAsync(cancellationToken),
    };
}
