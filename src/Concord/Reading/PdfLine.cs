namespace Concord.Reading;

/// <summary>One line of a PDF page in page coordinates (points, y up); <paramref name="Block"/> numbers the
/// page's text blocks in reading order.</summary>
internal sealed record PdfLine(string Text, double Left, double Right, double Top, double Bottom, double Size, int Block)
{
    /// <summary>The digits of page numbers and dates as one symbol: how a running header is recognised on every page.</summary>
    public string Shape()
    {
        var chars = new List<char>(Text.Length);
        foreach (var c in Text)
        {
            var d = char.IsDigit(c) ? '#' : char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c);
            if (d is '#' or ' ' && chars.Count > 0 && chars[^1] == d) continue;
            chars.Add(d);
        }
        return new string([.. chars]).Trim();
    }
}
