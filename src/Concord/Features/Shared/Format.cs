using System.Globalization;
using Concord.Data.Register;
using Concord.Formats;

namespace Concord.Features.Shared;

/// <summary>Dates and numbers in the culture of the request (Vietnamese: 15/06/2026, 50.000; English: 6/15/2026,
/// 50,000), and the resource keys of the register's names.</summary>
public static class Format
{
    public static string Date(DateOnly? date) =>
        date is { } d ? d.ToString("d", CultureInfo.CurrentCulture) : "—";

    /// <summary>A moment the register keeps in UTC, said as such.</summary>
    public static string DateTime(DateTime? moment) =>
        moment is { } m ? m.ToString("g", CultureInfo.CurrentCulture) + " UTC" : "—";

    public static string Number(decimal? value) =>
        value is { } v ? v.ToString(v == decimal.Truncate(v) ? "N0" : "#,##0.##", CultureInfo.CurrentCulture) : "—";

    public static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public static string Percent(double fraction) => fraction.ToString("P0", CultureInfo.CurrentCulture);

    /// <summary>The resource key of a status: "Status.in-progress".</summary>
    public static string StatusKey(CommitmentStatus status) => "Status." + Kebab.Of(status);

    /// <summary>The invariant form for attributes and addresses.</summary>
    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
