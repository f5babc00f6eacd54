namespace Concord.Data.Search;

/// <summary>A matched stretch of a snippet: <see cref="Start"/> is an offset into the snippet's text.</summary>
public sealed record SearchRange(int Start, int Length)
{
    public int End => Start + Length;
}
