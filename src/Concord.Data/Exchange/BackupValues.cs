using System.Globalization;
using System.Text.Json;

namespace Concord.Data.Exchange;

/// <summary>How a backup writes a column's value as JSON and reads it back, for the types the register uses:
/// times in UTC with their zone, dates as yyyy-MM-dd, enums by name, decimals exactly, bytes in base64.</summary>
internal static class BackupValues
{
    public static void Write(Utf8JsonWriter w, string name, object? value)
    {
        w.WritePropertyName(name);
        switch (value)
        {
            case null: w.WriteNullValue(); break;
            case string s: w.WriteStringValue(s); break;
            case int i: w.WriteNumberValue(i); break;
            case long l: w.WriteNumberValue(l); break;
            case short s16: w.WriteNumberValue(s16); break;
            case bool b: w.WriteBooleanValue(b); break;
            case double d: w.WriteNumberValue(d); break;
            case float f: w.WriteNumberValue(f); break;
            // PostgreSQL gives numeric(24,6) back as 20000.000000, SQLite as 20000: the same value, written once.
            case decimal m: w.WriteNumberValue(m / 1.000000000000000000000000000000000m); break;
            case DateTime t: w.WriteStringValue(Utc(t).ToString("O", CultureInfo.InvariantCulture)); break;
            case DateTimeOffset o: w.WriteStringValue(o.ToString("O", CultureInfo.InvariantCulture)); break;
            case DateOnly d: w.WriteStringValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case TimeOnly t: w.WriteStringValue(t.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)); break;
            case Guid g: w.WriteStringValue(g); break;
            case byte[] bytes: w.WriteBase64StringValue(bytes); break;
            case Enum e: w.WriteStringValue(e.ToString()); break;
            default: throw new InvalidOperationException($"a backup cannot write a value of type {value.GetType().Name} ({name})");
        }
    }

    public static object? Read(JsonElement element, Type type)
    {
        if (element.ValueKind == JsonValueKind.Null) return null;
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string)) return element.GetString();
        if (t == typeof(int)) return element.GetInt32();
        if (t == typeof(long)) return element.GetInt64();
        if (t == typeof(short)) return element.GetInt16();
        if (t == typeof(bool)) return element.GetBoolean();
        if (t == typeof(double)) return element.GetDouble();
        if (t == typeof(float)) return element.GetSingle();
        if (t == typeof(decimal)) return element.GetDecimal();
        if (t == typeof(DateTime))
            return Utc(DateTime.Parse(element.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
        if (t == typeof(DateTimeOffset)) return DateTimeOffset.Parse(element.GetString()!, CultureInfo.InvariantCulture);
        if (t == typeof(DateOnly)) return DateOnly.ParseExact(element.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (t == typeof(TimeOnly)) return TimeOnly.Parse(element.GetString()!, CultureInfo.InvariantCulture);
        if (t == typeof(Guid)) return element.GetGuid();
        if (t == typeof(byte[])) return element.GetBytesFromBase64();
        if (t.IsEnum) return Enum.Parse(t, element.GetString()!, ignoreCase: false);
        throw new InvalidOperationException($"a backup cannot read a value of type {t.Name}");
    }

    /// <summary>The register keeps UTC; SQLite hands times back without a kind.</summary>
    static DateTime Utc(DateTime t) => t.Kind switch
    {
        DateTimeKind.Utc => t,
        DateTimeKind.Local => t.ToUniversalTime(),
        _ => DateTime.SpecifyKind(t, DateTimeKind.Utc),
    };
}
