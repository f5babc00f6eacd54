using Concord.Text.Clauses;

namespace Concord.Text.Languages.Vi;

/// <summary>Vietnamese subjects of clauses and the actor each stands for; the parties' phrases are made from
/// their names (<see cref="PartyActors"/>, <see cref="ViPartyWords"/>). People and named bodies are found by the
/// entity tables and kept as written.</summary>
internal static class ViClauseActors
{
    public static readonly (string Phrase, string Actor)[] Actors =
    [
        .. Both("hai thủ tướng", "hai nhà lãnh đạo", "lãnh đạo hai nước", "hai bên", "cả hai bên", "hai phía",
            "hai nước", "cả hai nước", "hai chính phủ", "hai quốc gia", "hai bộ trưởng", "hai đoàn", "hai phái đoàn",
            "hai chủ tịch", "lãnh đạo hai bên"),
        ("họ", ClauseActors.Previous),
    ];

    static IEnumerable<(string, string)> Both(params string[] phrases) => phrases.Select(p => (p, ClauseActors.Both));
}
