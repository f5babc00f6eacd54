namespace Concord.Text;

/// <summary>
/// A half-open range [Start, End) of UTF-16 offsets into a document's normalised text
/// (NFC, newlines as <c>\n</c>).
/// </summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    public string Of(string text) => text.Substring(Start, Length);

    public override string ToString() => $"[{Start}, {End})";
}
