using Concord.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Web;

/// <summary>Validation refusals gathered per field, for one <see cref="ValidationProblem"/> (in English, for
/// programs) or for a page (each in the reader's language where it has a code, see <see cref="Refusal"/>).</summary>
public sealed class Errors
{
    readonly List<Refusal> refusals = [];

    public bool Any => refusals.Count > 0;

    public IReadOnlyList<Refusal> Refusals => refusals;

    /// <summary>The fields with a problem, for a page that words its own messages.</summary>
    public IEnumerable<string> Fields => refusals.Select(r => r.Field).Distinct(StringComparer.Ordinal);

    /// <summary>A refusal said only in English: for what only programs can send (a malformed query or body).</summary>
    public void Add(string field, string message) => refusals.Add(new Refusal(field, "", message));

    public void Add(Refusal refusal) => refusals.Add(refusal);

    public void AddAll(IEnumerable<Refusal> more) => refusals.AddRange(more);

    /// <summary>Checks a required text: present, not blank, at most <paramref name="max"/> characters.</summary>
    public string Text(string field, string? value, int max, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) Add(new Refusal(field, "Required", $"{field} is required and cannot be blank.", field));
            return "";
        }
        if (value.Length > max) Add(new Refusal(field, "TooLong", $"{field} may have at most {max} characters; it has {value.Length}.", field, max, value.Length));
        return value.Trim();
    }

    public ValidationProblem Problem() => TypedResults.ValidationProblem(
        refusals.GroupBy(r => r.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(r => r.English).ToArray(), StringComparer.Ordinal),
        detail: "Some of what was sent cannot be accepted; nothing was changed. See errors for each field.",
        title: "The request is not valid");
}
