using System.Globalization;
using Concord.Text.Normalization;

namespace Concord.Text.Tests.Specs;

/// <summary>
/// Reads a spec file: Markdown where each <c>## heading</c> starts an example, a <c>~~~ input</c> block
/// holds its text (options on the fence line: <c>lang=vi date=2025-04-28 parties=Veloria,Estrand</c>), and each following
/// <c>~~~ kind</c> block holds what that stage must find, one line per thing. An empty expected block
/// means the stage must find nothing. A <c>~~~ against lang=en date=2026-03-12</c> block, after the input, holds
/// a statement version the input is checked against (see <see cref="SpecStatement"/>).
/// </summary>
public static class SpecFile
{
    public static IEnumerable<SpecExample> Read(string path, string displayName)
    {
        var lines = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        string? name = null;
        int nameLine = 0;
        SpecInput? input = null;
        var against = new List<SpecStatement>();
        var expected = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var defaultLanguage = LanguageCodes.Parse(Path.GetFileName(Path.GetDirectoryName(path))) ?? Language.En;

        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (name is not null && input is not null) yield return new(displayName, name, nameLine, input, expected);
                name = line[3..].Trim();
                nameLine = i + 1;
                input = null;
                against = [];
                expected = new(StringComparer.Ordinal);
                continue;
            }
            if (!line.StartsWith("~~~", StringComparison.Ordinal) || name is null)
                continue;

            var fence = line[3..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var body = new List<string>();
            for (i++; i < lines.Length && !lines[i].StartsWith("~~~", StringComparison.Ordinal); i++)
                body.Add(lines[i]);
            if (fence.Length == 0)
                throw new FormatException($"{displayName}:{i}: a block needs a kind after ~~~");

            if (fence[0] == "against" && input is not null)
            {
                var options = fence.Skip(1).Select(o => o.Split('=', 2)).ToDictionary(o => o[0], o => o.Length > 1 ? o[1] : "");
                var language = options.TryGetValue("lang", out var l) ? LanguageCodes.Parse(l) ?? defaultLanguage : defaultLanguage;
                DateOnly? date = options.TryGetValue("date", out var d) ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
                against.Add(new SpecStatement(TextNormalizer.Normalize(string.Join('\n', body)), language, date));
                input = input with { Against = against };
            }
            else if (fence[0] == "input")
            {
                var options = fence.Skip(1).Select(o => o.Split('=', 2)).ToDictionary(o => o[0], o => o.Length > 1 ? o[1] : "");
                var language = options.TryGetValue("lang", out var l) ? LanguageCodes.Parse(l) ?? defaultLanguage : defaultLanguage;
                DateOnly? date = options.TryGetValue("date", out var d) ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
                input = new SpecInput(TextNormalizer.Normalize(string.Join('\n', body)), language, date)
                {
                    Parties = options.GetValueOrDefault("parties"),
                };
            }
            else
            {
                expected[fence[0]] = body.Select(b => b.Trim()).Where(b => b.Length > 0).ToList();
            }
        }
        if (name is not null && input is not null) yield return new(displayName, name, nameLine, input, expected);
    }
}
