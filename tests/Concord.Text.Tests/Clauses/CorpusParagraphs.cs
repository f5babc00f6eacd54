using Concord.Text.Normalization;

namespace Concord.Text.Tests.Clauses;

/// <summary>The corpus statements cut at blank lines, without the outline parser: enough to run one stage
/// on the paragraphs a reader sees.</summary>
public static class CorpusParagraphs
{
    static readonly Lazy<string> english = new(() => TextNormalizer.Normalize(Corpus.Read(Corpus.StatementEn)));
    static readonly Lazy<string> vietnamese = new(() => TextNormalizer.Normalize(Corpus.Read(Corpus.StatementVi)));

    public static string Text(Language language) => language == Language.Vi ? vietnamese.Value : english.Value;

    public static IEnumerable<TextSpan> All(Language language)
    {
        var text = Text(language);
        for (int start = 0; start < text.Length;)
        {
            int blank = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            int end = blank < 0 ? text.Length : blank;
            if (!string.IsNullOrWhiteSpace(text[start..end]))
                yield return new TextSpan(start, end);
            start = end + 2;
        }
    }

    /// <summary>The paragraph that starts with <paramref name="label"/>, without the label.</summary>
    public static TextSpan Labelled(Language language, string label)
    {
        var text = Text(language);
        foreach (var paragraph in All(language))
        {
            int at = paragraph.Start;
            while (at < paragraph.End && char.IsWhiteSpace(text[at])) at++;
            if (string.CompareOrdinal(text, at, label, 0, label.Length) == 0)
                return new TextSpan(at + label.Length, paragraph.End);
        }
        throw new Xunit.Sdk.XunitException($"{language}: no paragraph starts with {label}");
    }

    /// <summary>The paragraph that follows the one labelled <paramref name="label"/>: an item's continuation.</summary>
    public static TextSpan After(Language language, string label)
    {
        var first = Labelled(language, label);
        return All(language).First(p => p.Start > first.End);
    }
}
