namespace Concord.Data.Search;

/// <summary>What a <see cref="SearchEntry"/> indexes.</summary>
public static class SearchKinds
{
    /// <summary>An item's text in one language version (RefId is the ItemText).</summary>
    public const string Item = "item";
    public const string Commitment = "commitment";
    public const string Update = "update";

    /// <summary>A piece of evidence's title and link.</summary>
    public const string Evidence = "evidence";

    /// <summary>A press article's title and text (RefId is the Article).</summary>
    public const string Article = "article";

    public static IReadOnlyList<string> All { get; } = [Item, Commitment, Update, Evidence, Article];
}
