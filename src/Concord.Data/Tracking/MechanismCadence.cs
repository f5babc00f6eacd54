using Concord.Data.Register;
using Microsoft.EntityFrameworkCore;

namespace Concord.Data.Tracking;

/// <summary>Flags a mechanism that has not met within its cadence: its last meeting is older than the cadence,
/// or it has never met and the statement that named it is older than the cadence.</summary>
public static class MechanismCadence
{
    /// <summary>The date of the earliest statement naming each of <paramref name="mechanismIds"/> (those never named,
    /// or named only by undated statements, are left out), counted in the database: a large register names its
    /// mechanisms hundreds of thousands of times.</summary>
    public static Task<Dictionary<int, DateOnly?>> FirstNamedAsync(RegisterDb db, IReadOnlyCollection<int> mechanismIds, CancellationToken cancellationToken) =>
        db.Mentions.AsNoTracking().Where(m => m.MechanismId != null && mechanismIds.Contains(m.MechanismId.Value))
            .Join(db.Items, m => m.ItemId, i => i.Id, (m, i) => new { Mechanism = m.MechanismId!.Value, i.Statement.Date })
            .Where(x => x.Date != null)
            .GroupBy(x => x.Mechanism).Select(g => new { g.Key, First = g.Min(x => x.Date) })
            .ToDictionaryAsync(x => x.Key, x => x.First, cancellationToken);

    /// <param name="namedOn">The date of the earliest statement that names the mechanism, if known.</param>
    public static Cadence Evaluate(Mechanism mechanism, IEnumerable<Meeting> meetings, DateOnly? namedOn, DateOnly today)
    {
        DateOnly? last = null;
        foreach (var meeting in meetings)
            if (meeting.Date <= today && (last is null || meeting.Date > last))
                last = meeting.Date;
        if (mechanism.CadenceMonths is not { } months || months <= 0)
            return new Cadence(false, last, null);
        if ((last ?? namedOn) is not { } since)
            return new Cadence(false, null, null);
        var dueBy = since.AddMonths(months);
        return new Cadence(dueBy < today, last, dueBy);
    }
}
