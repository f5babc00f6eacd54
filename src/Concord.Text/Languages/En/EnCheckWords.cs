namespace Concord.Text.Languages.En;

/// <summary>What the claim checker needs to know of English: the words that change what a figure or a pledge
/// means (a target reached or not, a study or a decision, one way or both ways), and the words too common to
/// link a claim to an item. Phrases are lower case, words separated by one space.</summary>
internal static class EnCheckWords
{
    /// <summary>A figure said to be reached: "has reached 620,000", "hit", "surpassed".</summary>
    public static readonly string[] Achieved =
    [
        "reached", "has reached", "have reached", "hit", "has hit", "achieved", "has achieved", "attained",
        "surpassed", "exceeded", "topped", "now stands at", "stood at", "totalled", "totaled", "amounted to",
    ];

    /// <summary>A figure said to be aimed at: "the target of", "aiming to", "goal".</summary>
    public static readonly string[] Target =
    [
        "target", "targets", "targeting", "targeted", "aim", "aims", "aiming", "aimed", "goal", "goals", "objective",
        "objectives", "plan to", "plans to", "seek to", "seeks to", "strive", "strives", "towards", "toward",
    ];

    /// <summary>Something only to be looked at: "study the possibility", "consider", "explore".</summary>
    public static readonly string[] Study =
    [
        "study", "studying", "studies", "consider", "considering", "consideration", "explore", "exploring",
        "possibility", "possibilities", "potential", "look into", "examine", "examining", "discuss", "discussing",
        "feasibility", "assess", "assessing", "review",
    ];

    /// <summary>Something decided: "decided", "approved", "will build", "agreed to implement".</summary>
    public static readonly string[] Decided =
    [
        "decided", "decide", "decision", "approved", "will build", "will implement", "agreed to implement",
        "agreed to build", "will launch", "launched", "signed", "finalised", "finalized", "committed to build",
        "confirmed", "greenlit", "will carry out",
    ];

    /// <summary>A count of both directions or both peoples where one side's count may be meant.</summary>
    public static readonly string[] BothWays =
    [
        "between the two countries", "between both countries", "between the two nations", "between the two sides",
        "two-way", "two way", "in both directions", "both ways", "each way", "bilateral travel", "combined",
    ];

    /// <summary>Words that link nothing: articles, pronouns, auxiliaries, the vocabulary of every diplomatic text.</summary>
    public static readonly string[] Stop =
    [
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "into",
        "than", "that", "this", "these", "those", "its", "their", "his", "her", "our", "they", "them", "he", "she",
        "it", "we", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "shall",
        "should", "can", "could", "may", "might", "also", "such", "which", "who", "whom", "whose", "both", "two",
        "each", "other", "all", "more", "most", "further", "well", "including", "said", "says", "according", "about",
        "over", "under", "up", "not", "no", "so", "very", "between", "during", "after", "before", "while", "there",
        "here", "where", "when", "new", "one", "some", "many", "sides", "side", "leaders", "leader", "prime",
        "minister", "ministers", "countries", "country", "nations", "nation", "cooperation", "agreed", "affirmed",
        "pledged", "vowed", "said", "noted", "welcomed", "mr", "ms", "meanwhile", "year", "years",
    ];

    /// <summary>Units of time, folded (no marks) and singular: a duration is seldom the figure a pledge is about.</summary>
    public static readonly string[] DurationUnits = ["year", "month", "week", "day", "decade", "hour"];
}
