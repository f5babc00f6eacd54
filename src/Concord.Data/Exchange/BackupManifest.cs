namespace Concord.Data.Exchange;

/// <summary>The first thing a backup says about itself (manifest.json): its format, the register it was taken from
/// (provider, last migration), when, and how many rows each table held. A restore checks every count.</summary>
public sealed record BackupManifest(string Format, string Provider, string? Migration, DateTime CreatedAt, IReadOnlyDictionary<string, long> Tables)
{
    public const string CurrentFormat = "concord.backup/1";
    public const string EntryName = "manifest.json";
    public const string TablesFolder = "tables/";
}
