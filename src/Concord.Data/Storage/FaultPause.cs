using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Concord.Data.Storage;

/// <summary>A test hook for the fault tests (docs/reliability.md), off unless the environment variable
/// <c>CONCORD_FAULT_PAUSE</c> is set. It pauses the process inside a write so that a test can kill it there:
/// <c>save:N</c> just after the Nth batch of rows is written (inside its transaction, before the history of that
/// save is written), <c>commit:N</c> just before the Nth commit of a transaction that saved records. Counting is
/// per process; migrations and reads do not count. When it pauses it prints one line,
/// <c>concord-fault: paused at commit 2</c>, on stderr, then waits <c>CONCORD_FAULT_PAUSE_MS</c> milliseconds
/// (default 30000) and goes on as if nothing happened.</summary>
internal sealed class FaultPause : DbTransactionInterceptor, ISaveChangesInterceptor
{
    public const string Variable = "CONCORD_FAULT_PAUSE";
    public const string DurationVariable = "CONCORD_FAULT_PAUSE_MS";

    readonly string point;
    readonly int at;
    readonly TimeSpan duration;
    readonly ConditionalWeakTable<DbContext, object> saved = [];
    int saves;
    int commits;

    FaultPause(string point, int at, TimeSpan duration)
    {
        this.point = point;
        this.at = at;
        this.duration = duration;
    }

    /// <summary>The hook the environment asks for, or null (the normal case).</summary>
    public static FaultPause? FromEnvironment()
    {
        string? value = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(value)) return null;
        var parts = value.Trim().Split(':', 2);
        if (parts.Length != 2 || parts[0] is not ("save" or "commit")
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int at) || at < 1)
            throw new InvalidOperationException($"{Variable} must be save:N or commit:N (N from 1), not '{value}'");
        int ms = int.TryParse(Environment.GetEnvironmentVariable(DurationVariable), NumberStyles.None, CultureInfo.InvariantCulture, out int given) ? given : 30_000;
        return new FaultPause(parts[0], at, TimeSpan.FromMilliseconds(ms));
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) saved.AddOrUpdate(context, this);
        if (point == "save" && Interlocked.Increment(ref saves) == at) await PauseAsync("save", cancellationToken);
        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && saved.Remove(context)
            && point == "commit" && Interlocked.Increment(ref commits) == at)
            await PauseAsync("commit", cancellationToken);
        return result;
    }

    public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result) =>
        TransactionCommittingAsync(transaction, eventData, result).AsTask().GetAwaiter().GetResult();

    async Task PauseAsync(string where, CancellationToken cancellationToken)
    {
        await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"concord-fault: paused at {where} {at}"));
        await Console.Error.FlushAsync(cancellationToken);
        await Task.Delay(duration, CancellationToken.None);
    }
}
