using Concord.Text.Clauses;
using Concord.Text.Parties;

namespace Concord.Text.Tests.Specs.Renderers;

/// <summary>
/// <c>~~~ clauses</c>: one line per clause of every paragraph of the input, in order:
/// <c>modality | actors | text</c>, actors joined by ", " and "-" when none, line breaks in the text as spaces.
/// The parties are those of the fence line (<c>parties=...</c>), else those the whole input names.
/// </summary>
public sealed class ClausesRenderer : ISpecRenderer
{
    public string Kind => "clauses";

    public IEnumerable<string> Render(SpecInput input)
    {
        var parties = input.Parties is { } given ? Party.ParseList(given) : PartyFinder.Find(input.Text, input.Language);
        foreach (var paragraph in Paragraphs(input.Text))
        {
            foreach (var clause in ClauseRecognizer.Recognize(input.Text, paragraph, input.Language, parties))
            {
                var actors = clause.Actors.Count == 0 ? "-" : string.Join(", ", clause.Actors);
                yield return $"{clause.Modality.ToString().ToLowerInvariant()} | {actors} | {OneLine(clause.Text)}";
            }
        }
    }

    /// <summary>The input's paragraphs: runs of text between blank lines, as a statement's items are given
    /// to the recognizers.</summary>
    internal static IEnumerable<TextSpan> Paragraphs(string text)
    {
        int start = 0;
        while (start < text.Length)
        {
            int blank = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            int end = blank < 0 ? text.Length : blank;
            if (!string.IsNullOrWhiteSpace(text[start..end]))
                yield return new TextSpan(start, end);
            start = end + 2;
        }
    }

    internal static string OneLine(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
