using System.Text;

namespace Concord.Data.Search;

/// <summary>A stretch of the original text (not the folded one) around the first match: <see cref="Text"/> is
/// the source's characters <see cref="Start"/> to <see cref="End"/>, line breaks shown as spaces, and
/// <see cref="Highlights"/> the matched words in it.</summary>
public sealed record SearchSnippet(string Text, int Start, int End, int SourceLength, IReadOnlyList<SearchRange> Highlights)
{
    public bool CutBefore => Start > 0;
    public bool CutAfter => End < SourceLength;

    /// <summary>The snippet with each highlight between <paramref name="open"/> and <paramref name="close"/>, and
    /// "…" where the source goes on: <c>…giữa «Hà Nội» và…</c>.</summary>
    public string Marked(string open = "«", string close = "»")
    {
        var builder = new StringBuilder(Text.Length + (Highlights.Count * 2) + 2);
        if (CutBefore) builder.Append('…');
        int at = 0;
        foreach (var range in Highlights)
        {
            builder.Append(Text, at, range.Start - at).Append(open).Append(Text, range.Start, range.Length).Append(close);
            at = range.End;
        }
        builder.Append(Text, at, Text.Length - at);
        if (CutAfter) builder.Append('…');
        return builder.ToString();
    }
}
