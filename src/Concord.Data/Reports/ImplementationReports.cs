using Concord.Data.Tracking;

namespace Concord.Data.Reports;

/// <summary>Builds a statement's <see cref="ImplementationReport"/>: as the register stands today (by the register's
/// clock), or, for an earlier day, as it stood at the end of that day.</summary>
public static class ImplementationReports
{
    /// <summary>Null when there is no statement with that key, or it was not yet in the register on
    /// <paramref name="asOf"/>. A day after today is read as today.</summary>
    public static async Task<ImplementationReport?> BuildAsync(RegisterDb db, string statementKey, string language, DateOnly? asOf = null,
        TrackingOptions? tracking = null, CancellationToken cancellationToken = default)
    {
        var today = Deadlines.Today(db.Clock);
        var day = asOf is { } d && d < today ? d : today;
        bool historical = day < today;
        var source = historical
            ? await ReportLoader.LoadAsOfAsync(db, statementKey, day, cancellationToken)
            : await ReportLoader.LoadAsync(db, statementKey, cancellationToken);
        if (source is null) return null;
        return ReportBuilder.Build(source, language == "vi" ? "vi" : "en", day, historical,
            (tracking ?? new TrackingOptions()).DueSoonDays);
    }
}
