namespace Concord.Data.Exchange;

/// <summary>The codes of import refusals that callers act on, not only show.</summary>
public static class ImportRefusals
{
    /// <summary>The row was exported at an older version of its commitment: someone changed it since.</summary>
    public const string ChangedSinceExport = "ChangedSinceExport";
}
