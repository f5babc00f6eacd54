using System.Globalization;
using Concord.Data.Exchange;

namespace Concord.Commands;

/// <summary>The counts of a backup's manifest as one line: "3 Statement, 120 Commitment, ...", empty tables left out.</summary>
public static class BackupSummary
{
    public static string Counts(BackupManifest manifest) =>
        string.Join(", ", manifest.Tables.Where(t => t.Value > 0).Select(t => t.Value.ToString(CultureInfo.InvariantCulture) + " " + t.Key));
}
