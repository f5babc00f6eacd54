using Concord.Text.Entities;

namespace Concord.Text.Languages.Ja;

/// <summary>Japanese words that end a name ("日越協力委員会", "国際協力銀行", "大阪・関西万博"); the name is
/// the run of kanji, katakana, Latin letters and digits before them.</summary>
internal static class JaEntityWords
{
    const EntityType M = EntityType.Mechanism, P = EntityType.Programme, J = EntityType.Project,
        O = EntityType.Organisation, E = EntityType.Event, L = EntityType.Place;

    public static readonly (string Phrase, EntityKeyword Keyword)[] Suffixes =
    [
        .. Head(M, "委員会", "合同委員会", "対話", "協議会", "作業部会", "フォーラム", "メカニズム", "イニシアティブ", "枠組み"),
        .. Head(P, "プログラム", "計画"),
        .. Head(J, "プロジェクト"),
        .. Head(O, "省", "庁", "銀行", "大学", "機構", "研究所", "公社", "グループ", "協会", "病院", "共同体"),
        .. Head(E, "首脳会議", "会議", "外相会議", "会合", "サミット", "万博", "博覧会", "芸術祭", "祭", "デー"),
        .. Head(L, "市", "県", "省都"),
    ];

    public static readonly (string Name, EntityType Type)[] KnownNames =
    [
        .. Names(O, "ASEAN", "APEC", "JBIC", "JICA", "JETRO", "EVN"),
        .. Names(P, "NEXUS", "OSA"),
        .. Names(L, "東京", "大阪", "関西", "京都", "ハノイ", "ホーチミン市", "ダナン", "ハイフォン"),
    ];

    static IEnumerable<(string, EntityKeyword)> Head(EntityType type, params string[] words) =>
        words.Select(w => (w, new EntityKeyword(type, KeywordRole.Head)));

    static IEnumerable<(string, EntityType)> Names(EntityType type, params string[] names) => names.Select(n => (n, type));
}
