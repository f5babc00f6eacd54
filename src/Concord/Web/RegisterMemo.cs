using System.Globalization;
using Concord.Data;
using Concord.Data.History;
using Concord.Data.Tracking;
using Microsoft.Extensions.Caching.Memory;

namespace Concord.Web;

/// <summary>Keeps what a page computed from the whole register (counts over every commitment, dashboards) for as
/// long as the register stays at the same <see cref="RegisterRevision"/> and day, so that the next reader gets it
/// at once and no reader ever gets it stale, whichever instance changed the register.</summary>
public sealed class RegisterMemo(IMemoryCache cache)
{
    /// <summary>The register's revision and today's date: what anything kept from the register must be keyed on
    /// (overdue and due soon change with the day, not only with the register).</summary>
    public static async Task<string> StampAsync(RegisterDb db, CancellationToken cancellationToken) =>
        $"{await RegisterRevision.ReadAsync(db, cancellationToken)}/{Deadlines.Today(db.Clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>What <paramref name="make"/> makes, kept under <paramref name="key"/>; a null is made again each time.</summary>
    public async Task<T> GetAsync<T>(RegisterDb db, string key, Func<Task<T>> make, CancellationToken cancellationToken)
    {
        var memoKey = (typeof(T), key, await StampAsync(db, cancellationToken));
        if (cache.TryGetValue(memoKey, out T? kept) && kept is not null) return kept;
        var made = await make();
        if (made is null) return made;
        cache.Set(memoKey, made, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
        return made;
    }
}
