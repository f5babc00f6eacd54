using System.Text.Encodings.Web;
using System.Text.Json;

namespace Concord.Data.Exchange;

/// <summary>How the manifest of a backup is written and read.</summary>
internal static class BackupJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
