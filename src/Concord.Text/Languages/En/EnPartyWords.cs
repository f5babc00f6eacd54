using Concord.Text.Clauses;

namespace Concord.Text.Languages.En;

/// <summary>English facts about the parties of a statement: known countries, forms of state, how a title
/// names the parties, and the phrases that stand for a party as a subject.</summary>
internal static class EnPartyWords
{
    /// <summary>Known countries: the canonical name (the actor in every language), the names written in English,
    /// and the forms that only stand for the party before a party word ("the Japanese side").</summary>
    public static readonly (string Party, string[] Names, string[] Attributive)[] Countries =
    [
        (ClauseActors.VietNam, ["Việt Nam", "Viet Nam", "Vietnam", "Socialist Republic of Việt Nam",
            "Socialist Republic of Viet Nam", "Socialist Republic of Vietnam"], ["Vietnamese"]),
        (ClauseActors.Japan, ["Japan"], ["Japanese"]),
        ("Korea", ["Korea", "Republic of Korea", "South Korea"], ["Korean"]),
        ("China", ["China", "People's Republic of China"], ["Chinese"]),
        ("United States", ["United States", "United States of America", "U.S."], ["American", "U.S."]),
        ("Australia", ["Australia", "Commonwealth of Australia"], ["Australian"]),
        ("France", ["France", "French Republic"], ["French"]),
        ("Germany", ["Germany", "Federal Republic of Germany"], ["German"]),
        ("India", ["India", "Republic of India"], ["Indian"]),
        ("Singapore", ["Singapore", "Republic of Singapore"], ["Singaporean"]),
        ("Laos", ["Laos", "Lao PDR", "Lao People's Democratic Republic"], ["Lao", "Laotian"]),
        ("Cambodia", ["Cambodia", "Kingdom of Cambodia"], ["Cambodian"]),
        ("Thailand", ["Thailand", "Kingdom of Thailand"], ["Thai"]),
    ];

    /// <summary>Forms of state written before a country's name, longest first; "the" before them is dropped.</summary>
    public static readonly string[] StateForms =
    [
        "socialist republic of", "people's republic of", "people's democratic republic of", "democratic republic of",
        "federal republic of", "united republic of", "islamic republic of", "grand duchy of", "principality of",
        "sultanate of", "commonwealth of", "state of", "republic of", "kingdom of", "government of", "federation of",
        "prime ministers of", "leaders of", "governments of",
    ];

    /// <summary>Names of the document that names the parties: "Joint Statement between X and Y".</summary>
    public static readonly string[] TitleWords =
    [
        "joint statement", "joint vision statement", "joint declaration", "joint communiqué", "joint communique",
        "joint press statement",
    ];

    /// <summary>Words after the title's name that introduce the parties.</summary>
    public static readonly string[] TitleLinks = ["between", "of", "by"];

    /// <summary>What joins the two parties in a title.</summary>
    public static readonly string[] PartyJoiners = ["and"];

    /// <summary>Words that end the parties in a title: "... and the Kingdom of Y on deepening ...".</summary>
    public static readonly string[] TitleStops =
    [
        "on", "for", "regarding", "concerning", "towards", "toward", "to", "at", "in", "about", "upon",
    ];

    /// <summary>Phrases that stand for a party, {0} its name.</summary>
    public static readonly string[] NamePhrases =
    [
        "{0}", "the {0} side", "{0} side", "the government of {0}", "government of {0}", "the government of the {0}",
        "the {0} government", "{0} government", "the prime minister of {0}", "the prime minister of the {0}", "the {0}",
        "the state of {0}",
    ];

    /// <summary>Phrases that stand for a party, {0} its adjective or attributive form.</summary>
    public static readonly string[] AttributivePhrases =
    [
        "the {0} side", "{0} side", "the {0} government", "{0} government", "the {0} prime minister",
    ];

    /// <summary>Endings that make a country's adjective ("Aurelia" → "Aurelian", "Japan" → "Japanese"); a
    /// candidate is kept only when the document uses it.</summary>
    public static readonly string[] AdjectiveEndings = ["n", "an", "ian", "ese", "ish"];

    /// <summary>Words after which a capitalised name is a country: "the Government of X".</summary>
    public static readonly string[] NameIntroducers =
    [
        "government of", "prime minister of", "president of", "republic of", "kingdom of", "people of",
    ];
}
