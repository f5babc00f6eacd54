namespace Concord.Features.Commitments;

/// <summary>A commitment's words in one language version: the text around the clause, and the clause itself
/// (<see cref="Inside"/>, empty when the version has no span for it).</summary>
public sealed record SourceText(string Language, bool Official, string Before, string Inside, string After, bool CutBefore, bool CutAfter)
{
    const int Around = 300;

    /// <summary>Cuts the version's text at the item's span when it holds the clause, else around the clause.</summary>
    public static SourceText Of(string language, bool official, string text, (int Start, int End)? item, (int Start, int End)? clause, string fallback)
    {
        if (clause is not { } c || c.Start < 0 || c.End > text.Length || c.End <= c.Start)
        {
            if (item is { } only && Valid(only, text.Length))
                return new SourceText(language, official, text[only.Start..only.End], "", "", only.Start > 0, only.End < text.Length);
            return new SourceText(language, official, "", fallback, "", false, false);
        }
        (int Start, int End) window = item is { } i && Valid(i, text.Length) && i.Start <= c.Start && c.End <= i.End
            ? i
            : (Math.Max(0, c.Start - Around), Math.Min(text.Length, c.End + Around));
        return new SourceText(language, official, text[window.Start..c.Start], text[c.Start..c.End], text[c.End..window.End],
            window.Start > 0, window.End < text.Length);
    }

    static bool Valid((int Start, int End) span, int length) => span.Start >= 0 && span.End <= length && span.End > span.Start;
}
