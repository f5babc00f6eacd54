using Concord.Data.Exchange;

namespace Concord.Features.Import;

/// <summary>The rows of a bulk update counted for a person: changed, unchanged, refused, and of the refused those
/// whose commitment changed since the export (a version conflict).</summary>
public sealed record UpdatesSummary(int Changed, int Unchanged, int Refused, int Conflicts)
{
    public static UpdatesSummary Of(ImportReport report)
    {
        var changed = report.Changes.Select(c => c.Row).ToHashSet();
        var refused = report.Rejections.Select(r => r.Row).ToHashSet();
        int conflicts = report.Rejections.Count(IsConflict);
        return new UpdatesSummary(changed.Count, Math.Max(0, report.RowsRead - changed.Union(refused).Count()), refused.Count, conflicts);
    }

    // RegisterImport says so in the reason it gives on the version column.
    static bool IsConflict(ImportRejection r) =>
        r.Why.Code == ImportRefusals.ChangedSinceExport;
}
