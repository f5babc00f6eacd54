using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Web;

/// <summary>Validation messages gathered per field, for one <see cref="ValidationProblem"/>.</summary>
public sealed class Errors
{
    readonly Dictionary<string, List<string>> byField = new(StringComparer.Ordinal);

    public bool Any => byField.Count > 0;

    /// <summary>Every message, for a page that lists them.</summary>
    public IEnumerable<string> Messages => byField.Values.SelectMany(m => m);

    /// <summary>The fields with a problem, for a page that words its own messages.</summary>
    public IEnumerable<string> Fields => byField.Keys;

    public void Add(string field, string message)
    {
        if (!byField.TryGetValue(field, out var list)) byField[field] = list = [];
        list.Add(message);
    }

    public void AddAll(IReadOnlyDictionary<string, string[]> errors)
    {
        foreach (var (field, messages) in errors)
            foreach (var m in messages) Add(field, m);
    }

    /// <summary>Checks a required text: present, not blank, at most <paramref name="max"/> characters.</summary>
    public string Text(string field, string? value, int max, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) Add(field, $"{field} is required and cannot be blank.");
            return "";
        }
        if (value.Length > max) Add(field, $"{field} may have at most {max} characters; it has {value.Length}.");
        return value.Trim();
    }

    public ValidationProblem Problem() => TypedResults.ValidationProblem(
        byField.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
        detail: "Some of what was sent cannot be accepted; nothing was changed. See errors for each field.",
        title: "The request is not valid");
}
