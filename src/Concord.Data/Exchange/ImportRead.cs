namespace Concord.Data.Exchange;

/// <summary>What reading an import file gave: the table, or the reason it was refused (one line for a person).</summary>
public sealed record ImportRead(ImportTable? Table, string? Refusal)
{
    public static ImportRead Refused(string reason) => new(null, reason);
}
