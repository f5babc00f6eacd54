using System.Globalization;
using Concord.Text.Dates;

namespace Concord.Text.Tests.Specs.Renderers;

/// <summary>One line per date found in the whole input, in order:
/// <c>role precision [JP|VN] start..end "text"</c>, an open or unknown end written <c>?</c>:
/// <c>deadline fiscal-year JP ?..2027-03-31 "before the end of fiscal year 2026"</c>.</summary>
public sealed class DatesRenderer : ISpecRenderer
{
    public string Kind => "dates";

    public IEnumerable<string> Render(SpecInput input)
    {
        var mentions = DateRecognizer.Recognize(input.Text, new TextSpan(0, input.Text.Length), input.Language, new DateContext(input.Date));
        foreach (var m in mentions)
        {
            string convention = m.FiscalYear is { } fy ? $" {fy}" : "";
            yield return $"{Kebab(m.Role.ToString())} {Kebab(m.Precision.ToString())}{convention} {Day(m.Start)}..{Day(m.End)} \"{m.Text}\"";
        }
    }

    static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?";

    static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
