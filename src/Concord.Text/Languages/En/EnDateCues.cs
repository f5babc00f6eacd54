namespace Concord.Text.Languages.En;

/// <summary>English words that decide the role of a date and whose fiscal year it is.</summary>
internal static class EnDateCues
{
    /// <summary>A sentence with one of these is a pledge: a future date in it is when something is to be done.</summary>
    public static readonly string[] Pledge =
    [
        "agreed", "agree", "agrees", "will", "shall", "pledged", "pledge", "pledges", "committed", "commit", "commits",
        "commitment", "vowed", "vow", "vows", "aim", "aims", "aiming", "target", "targets", "objective", "goal", "strive",
        "strives", "decided", "resolved", "intend", "intends", "affirmed", "reaffirmed", "consented",
        "concurred", "undertook", "undertake", "must", "aspiration", "seek", "seeks",
    ];

    /// <summary>Just before a date, these make it the time of an event rather than a deadline.</summary>
    public static readonly string[] Scheduled =
    [
        "scheduled", "slated", "planned", "expected", "set", "held", "hosted", "take place", "takes place", "taking place",
        "to be held",
    ];

    /// <summary>A date right after these names when an event happens ("the Expo in 2025").</summary>
    public static readonly string[] EventNouns =
    [
        "expo", "exhibition", "festival", "fair", "olympics", "games", "anniversary", "ceremony", "event", "celebration",
    ];

    /// <summary>Past-tense words that make a date a reference when the statement's date is not known.</summary>
    public static readonly string[] Past =
    [
        "was", "were", "had", "reached", "took", "signed", "met", "ago", "did", "hit", "recorded", "visited", "launched",
        "issued", "adopted", "established", "upgraded", "elevated", "concluded", "inaugurated", "completed", "transferred",
    ];

    /// <summary>A sentence naming one of these is about cooperation with Japan: its fiscal year is Japan's.</summary>
    public static readonly string[] Japan = ["Japan", "Japanese", "ODA", "JICA", "JBIC", "yen", "Tokyo"];

    /// <summary>A sentence naming one of these (and not Japan) is about Viet Nam's state budget: calendar fiscal year.</summary>
    public static readonly string[] VietNamBudget = ["state budget", "national budget", "budget", "budget year", "National Assembly"];
}
