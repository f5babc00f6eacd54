namespace Concord.Data.Exchange;

/// <summary>What a restore did: the manifest of the backup it restored, or why it refused (nothing was written).</summary>
public sealed record RestoreResult(BackupManifest? Manifest, string? Refusal)
{
    public static RestoreResult Refused(string reason) => new(null, reason);
}
