using Concord.Text.Clauses;

namespace Concord.Text.Languages.Ja;

/// <summary>Japanese cue stems of clauses. The verb ends its clause: "〜を歓迎し、〜することで一致した。" is a
/// welcome, then a commitment.</summary>
internal static class JaClauseWords
{
    const Modality C = Modality.Commitment, W = Modality.Welcome, A = Modality.Acknowledgement,
        H = Modality.Aspiration, X = Modality.Context;

    public static readonly (string Phrase, CueWord Cue)[] Cues =
    [
        .. Words(C, CueKind.ViewVerb, "一致", "合意", "確認", "再確認"),
        .. Words(C, CueKind.Verb, "決定", "約束", "コミット"),
        .. Words(X, CueKind.ViewVerb, "強調", "共有"),
        .. Words(W, CueKind.Verb, "歓迎", "高く評価", "評価", "称賛", "賞賛", "祝意を表"),
        .. Words(A, CueKind.Verb, "留意", "認識"),
        .. Words(H, CueKind.Verb, "期待", "目指", "希望"),
        .. Words(X, CueKind.Necessity, "必要である", "必要であ", "不可欠である", "不可欠であ", "重要である", "重要であ"),
    ];

    /// <summary>What follows a cue stem when it is the verb of its clause: "歓迎し、", "一致した", "目指す".</summary>
    public static readonly string[] Predicates = ["し", "した", "する", "します", "しました", "す", "され", "を表明した", "を表明し"];

    /// <summary>Endings of a background phrase before "、": "〜を踏まえ、", "〜の機会に、", "〜ため、".</summary>
    public static readonly string[] OpenerEndings = ["踏まえ", "機会に", "ため", "に際し", "に当たり", "にあたり", "基づき", "際し"];

    /// <summary>A sentence that ends in one of these without a cue is a pledge: "日本は〜を支援する。".</summary>
    public static readonly string[] PledgeEndings = ["する", "していく", "行う", "進める", "図る", "実施する"];

    /// <summary>Particles after a subject: "両首脳は", "日本側が".</summary>
    public static readonly string[] SubjectParticles = ["は", "が", "も"];

    static IEnumerable<(string, CueWord)> Words(Modality modality, CueKind kind, params string[] phrases) =>
        phrases.Select(p => (p, new CueWord(modality, kind)));
}
