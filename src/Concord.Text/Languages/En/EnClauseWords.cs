using Concord.Text.Clauses;

namespace Concord.Text.Languages.En;

/// <summary>English cue phrases of clauses: the verbs of a joint statement and the small words around them.</summary>
internal static class EnClauseWords
{
    const Modality C = Modality.Commitment, W = Modality.Welcome, A = Modality.Acknowledgement,
        H = Modality.Aspiration, X = Modality.Context;

    public static readonly (string Phrase, CueWord Cue)[] Cues =
    [
        .. Words(C, CueKind.ViewVerb, "agreed", "have agreed", "affirmed", "reaffirmed", "re-affirmed", "confirmed",
            "reconfirmed", "concurred", "reiterated"),
        .. Words(C, CueKind.Verb, "consented to", "decided to", "committed to", "committed themselves to",
            "pledged", "undertook to", "resolved to", "vowed to"),
        .. Words(X, CueKind.ViewVerb, "stated", "emphasised", "emphasized", "stressed", "underlined",
            "underscored", "shared the view", "shared the recognition", "exchanged views"),
        .. Words(W, CueKind.Verb, "welcomed", "warmly welcomed", "highly valued", "deeply valued", "appreciated",
            "highly appreciated", "deeply appreciated", "praised", "highly praised", "commended", "applauded",
            "lauded", "congratulated", "highly evaluated"),
        .. Expressed(W, "delight", "satisfaction", "appreciation", "pleasure"),
        .. Words(A, CueKind.Verb, "acknowledged", "positively acknowledged", "took note of", "took note", "noted",
            "recognised", "recognized"),
        .. Words(H, CueKind.Verb, "hoped", "looked forward to", "look forward to"),
        .. Expressed(H, "hope", "hopes", "wish", "desire", "expectation", "aspiration"),
        .. Words(C, CueKind.AfterPunctuation, "affirming", "reaffirming", "agreeing", "pledging", "committing"),
        .. Words(W, CueKind.AfterPunctuation, "welcoming", "appreciating"),
        .. Words(A, CueKind.AfterPunctuation, "acknowledging", "noting"),
        .. Words(C, CueKind.Auxiliary, "will", "shall", "would"),
        .. Words(H, CueKind.Auxiliary, "wishes to", "wished to", "hopes to", "aspires to", "aspired to"),
        .. Words(H, CueKind.Purpose, "with a view to", "aiming to", "aiming towards", "aiming toward", "aiming at"),
        .. Words(X, CueKind.Necessity, "is necessary", "are necessary", "was necessary", "is essential",
            "are essential", "is indispensable", "are indispensable", "is important", "are important",
            "is crucial", "is vital", "is needed", "is of great importance"),
    ];

    /// <summary>Background that opens a sentence before its subject: "In order to ..., the two sides agreed".
    /// Topic frames ("Regarding X,") are not openers: X is what the clause is about.</summary>
    public static readonly string[] Openers =
    [
        "on the occasion of", "based on", "in order to", "looking ahead to", "looking ahead", "in light of",
        "in the light of", "in the context of", "in view of", "recalling", "building on", "taking into account",
        "bearing in mind", "following",
    ];

    public static readonly string[] Coordinators = ["and", "and also", "but", "and then"];

    /// <summary>Words that may stand between a subject or a coordinator and its verb.</summary>
    public static readonly string[] Adverbs =
    [
        "also", "further", "once again", "once more", "again", "then", "jointly", "together", "both", "fully",
        "strongly", "warmly", "all", "each", "have", "had", "further", "firmly", "officially", "formally",
    ];

    public static readonly string[] Complementizers = ["that"];

    /// <summary>A cue right after one of these is an adjective or a noun phrase: "as agreed", "the agreed vision".</summary>
    public static readonly string[] CueBlockers =
        ["as", "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "previously", "already", "been", "being"];

    /// <summary>A party named right after one of these is not a subject: "between the two countries".</summary>
    public static readonly string[] Prepositions =
    [
        "of", "between", "with", "for", "to", "in", "at", "by", "from", "on", "towards", "toward", "regarding",
        "including", "among", "into", "about", "like", "than", "per", "under", "via", "through", "against",
        "within", "across", "over", "after", "before", "whom",
    ];

    /// <summary>Verbs of an effect: a thing that "will expand the space for cooperation" is a prediction.</summary>
    public static readonly string[] EffectVerbs =
    [
        "expand", "contribute", "help", "bring", "become", "serve", "create", "open", "boost", "strengthen",
        "enhance", "deepen", "benefit", "lay", "pave", "provide", "mark", "make", "elevate", "raise", "improve",
        "accelerate", "generate", "foster", "promote", "continue to expand", "continue to contribute",
        "further expand", "further strengthen", "further contribute", "significantly contribute",
    ];

    static IEnumerable<(string, CueWord)> Words(Modality modality, CueKind kind, params string[] phrases) =>
        phrases.Select(p => (p, new CueWord(modality, kind)));

    static IEnumerable<(string, CueWord)> Expressed(Modality modality, params string[] nouns) =>
        from noun in nouns
        from owner in (string[])["", "their ", "his ", "her ", "its ", "the ", "great ", "their great ", "deep ", "their deep "]
        select ($"expressed {owner}{noun}", new CueWord(modality, CueKind.Verb));
}
