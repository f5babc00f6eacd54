namespace Concord.Text.Languages.Ja;

/// <summary>Japanese words that mark the parts of a page or statement that are not its items.</summary>
static class JaOutlineWords
{
    public static readonly string[] Chrome = ["ログイン", "シェア", "印刷", "ホーム", "検索", "メニュー"];

    public static readonly string[] TeaserMarkers = ["関連記事", "関連ニュース", "おすすめ記事", "アクセスランキング", "こちらもおすすめ"];

    public static readonly string[] CaptionMarkers = ["写真：", "写真:", "（写真", "(写真"];

    public static readonly string[] AnnexHeadings = ["別添", "別紙", "附属書", "付属書", "別表"];

    public static readonly string[] ReferenceHeadings = ["参考文献", "出典"];

    /// <summary>What a statement's own title calls it: a heading-like line with one of these is the title even
    /// below a news lead.</summary>
    public static readonly string[] DocumentKinds = ["共同声明", "共同ビジョン声明", "共同宣言", "行動計画"];
}
