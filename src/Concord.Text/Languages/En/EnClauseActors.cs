using Concord.Text.Clauses;

namespace Concord.Text.Languages.En;

/// <summary>English subjects of clauses and the actor each stands for. People ("Prime Minister Ishiba") and
/// named bodies ("the Ministry of Finance") are found by the entity tables and kept as written.</summary>
internal static class EnClauseActors
{
    public static readonly (string Phrase, string Actor)[] Actors =
    [
        .. Both("the two prime ministers", "two prime ministers", "both prime ministers", "the prime ministers",
            "the two leaders", "both leaders", "the leaders", "the two sides", "both sides", "the sides",
            "the two countries", "both countries", "the two nations", "both nations", "the two governments",
            "both governments", "the two parties", "both parties", "the parties", "the two ministers",
            "both ministers", "the two foreign ministers", "the two delegations", "both delegations",
            "the two presidents", "the two heads of delegation"),
        ("they", ClauseActors.Previous),
        .. Party(ClauseActors.Japan, "japan", "the japanese side", "japanese side", "the japanese government",
            "japanese government", "the government of japan", "government of japan", "the japanese prime minister"),
        .. Party(ClauseActors.VietNam, "việt nam", "viet nam", "vietnam", "the vietnamese side", "vietnamese side",
            "the vietnamese government", "vietnamese government", "the government of việt nam",
            "government of việt nam", "the government of viet nam", "government of viet nam",
            "the government of vietnam", "government of vietnam", "the vietnamese prime minister"),
    ];

    static IEnumerable<(string, string)> Both(params string[] phrases) => phrases.Select(p => (p, ClauseActors.Both));

    static IEnumerable<(string, string)> Party(string party, params string[] phrases) => phrases.Select(p => (p, party));
}
