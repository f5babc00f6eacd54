using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Concord.Data.Storage;

namespace Concord.Features.Import;

/// <summary>Uploads kept between their preview and their saving, so that nobody uploads twice and nothing sent is
/// lost: one folder per upload, named by a random id, under the register's data folder, bound to the person who
/// sent it. Saving or cancelling removes it; one left alone expires after a day.</summary>
public sealed class PendingUploads(string root, TimeProvider clock)
{
    public const string Statements = "statements";
    public const string Updates = "updates";
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);
    const string ManifestName = "manifest.json";

    public string Root => root;

    /// <summary>Beside the register's file, or for a PostgreSQL register in the user's data folder for Concord.</summary>
    public static PendingUploads For(RegisterStore store, TimeProvider clock)
    {
        string folder = store.FilePath is { } file
            ? Path.GetDirectoryName(Path.GetFullPath(file))!
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "concord");
        return new PendingUploads(Path.Combine(folder, "pending-uploads"), clock);
    }

    public async Task<string> SaveAsync(string user, string kind, IReadOnlyList<PendingFile> files, CancellationToken cancellationToken)
    {
        Sweep();
        string id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        string folder = Path.Combine(root, id);
        Directory.CreateDirectory(folder);
        for (int i = 0; i < files.Count; i++)
            await File.WriteAllBytesAsync(Path.Combine(folder, FileName(i)), files[i].Bytes, cancellationToken);
        // The manifest goes last: a folder without one was never complete and is swept.
        var manifest = new Manifest(user, kind, clock.GetUtcNow(), [.. files.Select(f => new ManifestFile(f.Name, f.Official))]);
        await File.WriteAllTextAsync(Path.Combine(folder, ManifestName), JsonSerializer.Serialize(manifest), cancellationToken);
        return id;
    }

    /// <summary>The files of upload <paramref name="id"/>; null when there is none of that kind for this person (never
    /// was, saved, cancelled, expired, or someone else's).</summary>
    public async Task<IReadOnlyList<PendingFile>?> LoadAsync(string? id, string user, string kind, CancellationToken cancellationToken)
    {
        if (Find(id, user) is not { } found || found.Manifest.Kind != kind) return null;
        var files = new List<PendingFile>();
        try
        {
            for (int i = 0; i < found.Manifest.Files.Count; i++)
                files.Add(new PendingFile(found.Manifest.Files[i].Name, found.Manifest.Files[i].Official,
                    await File.ReadAllBytesAsync(Path.Combine(found.Folder, FileName(i)), cancellationToken)));
        }
        catch (IOException)
        {
            return null;
        }
        return files;
    }

    /// <summary>Forgets upload <paramref name="id"/> if it is this person's; true when there was one.</summary>
    public bool Remove(string? id, string user)
    {
        if (Find(id, user) is not { } found) return false;
        Delete(found.Folder);
        return true;
    }

    /// <summary>Removes the uploads older than <see cref="Lifetime"/> and the folders never completed.</summary>
    public void Sweep()
    {
        if (!Directory.Exists(root)) return;
        foreach (string folder in Directory.EnumerateDirectories(root))
        {
            var manifest = Read(folder);
            var since = manifest?.Created ?? new DateTimeOffset(Directory.GetCreationTimeUtc(folder), TimeSpan.Zero);
            if (clock.GetUtcNow() - since > Lifetime) Delete(folder);
        }
    }

    (string Folder, Manifest Manifest)? Find(string? id, string user)
    {
        if (id is not { Length: 32 } || !id.All(char.IsAsciiHexDigitLower)) return null;
        string folder = Path.Combine(root, id);
        if (Read(folder) is not { } manifest || !string.Equals(manifest.User, user, StringComparison.Ordinal)) return null;
        if (clock.GetUtcNow() - manifest.Created > Lifetime)
        {
            Delete(folder);
            return null;
        }
        return (folder, manifest);
    }

    static Manifest? Read(string folder)
    {
        try
        {
            string path = Path.Combine(folder, ManifestName);
            return File.Exists(path) ? JsonSerializer.Deserialize<Manifest>(File.ReadAllText(path)) : null;
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another request removed it first, or it is in use: the next sweep tries again.
        }
    }

    static string FileName(int index) => index.ToString(CultureInfo.InvariantCulture) + ".bin";

    sealed record Manifest(string User, string Kind, DateTimeOffset Created, IReadOnlyList<ManifestFile> Files);

    sealed record ManifestFile(string Name, bool Official);
}
