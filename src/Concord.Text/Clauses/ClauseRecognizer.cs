namespace Concord.Text.Clauses;

public static class ClauseRecognizer
{
    /// <summary>Splits the text within <paramref name="range"/> into clauses with their modality and actors.</summary>
    public static IReadOnlyList<Clause> Recognize(string text, TextSpan range, Language language) => [];
}
