namespace Concord.Web;

/// <summary>One page of a list: the items, how many there are in all, and where the page starts.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int Limit, int Offset);
