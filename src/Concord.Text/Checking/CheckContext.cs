namespace Concord.Text.Checking;

/// <summary>What the fact checks of one claim share: the index, the article, the claim's link scores, and the
/// differences found so far.</summary>
internal sealed class CheckContext(StatementIndex index, string articleText, CheckLexicon articleLexicon)
{
    /// <summary>A link at least this strong makes a differing figure or date a contradiction.</summary>
    public const double Strong = 0.45;

    /// <summary>Below this, a link is a guess.</summary>
    public const double Weak = 0.25;

    public StatementIndex Index { get; } = index;
    public string ArticleText { get; } = articleText;
    public CheckLexicon ArticleLexicon { get; } = articleLexicon;
    public List<ClaimDifference> Differences { get; } = [];
    public List<(TextSpan Claim, int Sentence, TextSpan Statement)> Found { get; } = [];
    public ClaimScores Scores { get; set; } = null!;
    public Claim Claim { get; set; } = null!;

    public string VersionText(int sentence) => Index.Versions[Index.Sentences[sentence].Version].Text;

    public CheckLexicon VersionLexicon(int sentence) => CheckLexicon.For(Index.Versions[Index.Sentences[sentence].Version].Language);

    public void Differ(DifferenceKind kind, TextSpan claimed, int sentence, TextSpan stated, string detail)
    {
        var s = Index.Sentences[sentence];
        var text = VersionText(sentence);
        Differences.Add(new ClaimDifference(kind, claimed.Of(ArticleText), claimed, stated.Of(text), s.Version,
            Index.Items[s.Item].Item.Path, stated, detail));
    }

    /// <summary>The clause around a figure: from the comma, semicolon or colon before it to the one after it,
    /// within the sentence.</summary>
    public static TextSpan ClauseAround(string text, TextSpan sentence, TextSpan figure)
    {
        int start = figure.Start;
        while (start > sentence.Start && !IsBoundary(text, start - 1)) start--;
        int end = figure.End;
        while (end < sentence.End && !IsBoundary(text, end)) end++;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        return new TextSpan(start, end);
    }

    // A comma between digits is a thousands separator ("85,000"), not the end of a clause.
    static bool IsBoundary(string text, int i) =>
        text[i] is ',' or ';' or ':'
        && !(text[i] == ',' && i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]));
}
