using Concord.Text.Clauses;

namespace Concord.Text.Languages.Ja;

/// <summary>Japanese facts about the parties of a statement: known countries, forms of state, how a title
/// names the parties, and the phrases that stand for a party as a subject.</summary>
internal static class JaPartyWords
{
    /// <summary>Known countries: the canonical name, the names written in Japanese, and the short forms that stand
    /// for the party only before 側 or 政府 ("越側"; "越" alone is in many words, as "タイ" is in "タイミング").</summary>
    public static readonly (string Party, string[] Names, string[] Attributive)[] Countries =
    [
        (ClauseActors.VietNam, ["ベトナム", "ベトナム社会主義共和国"], ["越"]),
        (ClauseActors.Japan, ["日本", "日本国"], []),
        ("Korea", ["韓国", "大韓民国"], []),
        ("China", ["中国", "中華人民共和国"], []),
        ("United States", ["米国", "アメリカ合衆国", "アメリカ"], ["米"]),
        ("Australia", ["豪州", "オーストラリア"], ["豪"]),
        ("France", ["フランス", "フランス共和国"], ["仏"]),
        ("Germany", ["ドイツ", "ドイツ連邦共和国"], ["独"]),
        ("India", ["インド共和国"], ["インド", "印"]),
        ("Singapore", ["シンガポール", "シンガポール共和国"], []),
        ("Laos", ["ラオス", "ラオス人民民主共和国"], []),
        ("Cambodia", ["カンボジア", "カンボジア王国"], []),
        ("Thailand", ["タイ王国"], ["タイ"]),
    ];

    /// <summary>Forms of state written after a country's name, longest first.</summary>
    public static readonly string[] StateForms =
    [
        "社会主義共和国", "人民民主共和国", "人民共和国", "連邦共和国", "民主共和国", "共和国", "連邦", "王国", "公国", "国",
    ];

    public static readonly string[] TitleWords = ["共同声明", "共同ビジョン声明", "共同宣言", "共同コミュニケ"];

    /// <summary>What joins the two parties in a title: 「XとYとの」.</summary>
    public static readonly string[] PartyJoiners = ["と", "及び"];

    /// <summary>What ends the second party: 「…とYとの間の」, 「…とYの」.</summary>
    public static readonly string[] TitleStops = ["との", "の", "間"];

    public static readonly string[] NamePhrases = ["{0}", "{0}側", "{0}政府"];

    public static readonly string[] AttributivePhrases = ["{0}側", "{0}政府"];

    /// <summary>Words after a name that make it a party: "X側", "X政府".</summary>
    public static readonly string[] NameMarkers = ["側", "政府", "共和国", "王国"];
}
