using Concord.Text.Clauses;

namespace Concord.Text.Languages.Vi;

/// <summary>Vietnamese subjects of clauses and the actor each stands for; the parties keep one name in every
/// language ("Japan", "Việt Nam"). People and named bodies are found by the entity tables and kept as written.</summary>
internal static class ViClauseActors
{
    public static readonly (string Phrase, string Actor)[] Actors =
    [
        .. Both("hai thủ tướng", "hai nhà lãnh đạo", "lãnh đạo hai nước", "hai bên", "cả hai bên", "hai phía",
            "hai nước", "cả hai nước", "hai chính phủ", "hai quốc gia", "hai bộ trưởng", "hai đoàn", "hai phái đoàn",
            "hai chủ tịch", "lãnh đạo hai bên"),
        ("họ", ClauseActors.Previous),
        .. Party(ClauseActors.Japan, "nhật bản", "phía nhật bản", "chính phủ nhật bản", "phía nhật",
            "nhà nước nhật bản"),
        .. Party(ClauseActors.VietNam, "việt nam", "phía việt nam", "chính phủ việt nam", "phía việt",
            "nhà nước việt nam"),
    ];

    static IEnumerable<(string, string)> Both(params string[] phrases) => phrases.Select(p => (p, ClauseActors.Both));

    static IEnumerable<(string, string)> Party(string party, params string[] phrases) => phrases.Select(p => (p, party));
}
