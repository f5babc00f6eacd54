using Concord.Text.Clauses;

namespace Concord.Text.Languages.En;

/// <summary>English subjects of clauses and the actor each stands for; the parties' phrases are made from
/// their names (<see cref="PartyActors"/>, <see cref="EnPartyWords"/>). People ("Prime Minister Ishiba") and
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
    ];

    static IEnumerable<(string, string)> Both(params string[] phrases) => phrases.Select(p => (p, ClauseActors.Both));
}
