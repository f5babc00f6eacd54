using Concord.Text.Clauses;

namespace Concord.Text.Languages.Ja;

/// <summary>Japanese subjects of clauses and the actor each stands for; the parties' phrases are made from
/// their names (<see cref="PartyActors"/>, <see cref="JaPartyWords"/>).</summary>
internal static class JaClauseActors
{
    public static readonly (string Phrase, string Actor)[] Actors =
    [
        .. Both("両首脳", "両首相", "両国", "双方", "両政府", "両者", "両国政府", "日越双方", "日越両国"),
    ];

    /// <summary>Titles written after a name: "石破総理", "チン首相".</summary>
    public static readonly string[] TitleSuffixes = ["首相", "総理", "総理大臣", "大統領", "大臣", "大使"];

    static IEnumerable<(string, string)> Both(params string[] phrases) => phrases.Select(p => (p, ClauseActors.Both));
}
