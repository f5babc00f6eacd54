using Npgsql;

namespace Concord.Data.Storage;

/// <summary>Tells a PostgreSQL connection string from a file path, and reads the <c>postgres://</c> URI form.</summary>
internal static class PostgresConnection
{
    public static bool TryParse(string value, out NpgsqlConnectionStringBuilder builder)
    {
        builder = new NpgsqlConnectionStringBuilder();
        if (value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            var uri = new Uri(value);
            builder.Host = uri.Host;
            builder.Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port;
            builder.Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
            var userInfo = uri.UserInfo.Split(':', 2);
            if (userInfo[0].Length > 0) builder.Username = Uri.UnescapeDataString(userInfo[0]);
            if (userInfo.Length > 1) builder.Password = Uri.UnescapeDataString(userInfo[1]);
            return true;
        }
        if (!value.Contains("Host=", StringComparison.OrdinalIgnoreCase) && !value.Contains("Server=", StringComparison.OrdinalIgnoreCase))
            return false;
        builder.ConnectionString = value;
        return true;
    }
}
