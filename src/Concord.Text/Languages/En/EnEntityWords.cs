using Concord.Text.Entities;

namespace Concord.Text.Languages.En;

/// <summary>English words that mark named mechanisms, programmes, projects, organisations, events, places and people.</summary>
internal static class EnEntityWords
{
    const EntityType M = EntityType.Mechanism, P = EntityType.Programme, J = EntityType.Project,
        O = EntityType.Organisation, E = EntityType.Event, L = EntityType.Place;

    public static readonly (string Phrase, EntityKeyword Keyword)[] Keywords =
    [
        .. Head(M, "Committee", "Commission", "Council", "Dialogue", "Working Group", "Forum", "Initiative",
            "Mechanism", "Subcommittee", "Task Force", "Consultation", "Framework"),
        .. Head(P, "Programme", "Program", "Scheme", "Fund Programme"),
        .. Head(J, "Plant"),
        .. Head(O, "Ministry", "Agency", "Bank", "University", "Institute", "Corporation", "Company", "Group",
            "Office", "Department", "Association", "Federation", "Organisation", "Organization", "Fund",
            "Authority", "College", "Hospital", "Community", "Secretariat", "Academy", "Chamber", "Centre", "Center"),
        .. Head(E, "Summit", "Meeting", "Conference", "Festival", "Triennale", "Biennale", "Year", "Day",
            "Games", "Exhibition", "Fair", "Symposium", "Week"),
        .. Head(L, "City", "Province", "Prefecture", "Industrial Park", "District", "Port"),
        .. Role(KeywordRole.Start, E, "Expo"),
        .. Role(KeywordRole.Start, J, "Project"),
    ];

    /// <summary>Lower-case words that make the capitalised name before them a named thing, a few words later at
    /// most: "Hồ Chí Minh City Metro Line No.1 project", "Vân Phong 2 LNG power project".</summary>
    public static readonly (string Phrase, EntityKeyword Keyword)[] Suffixes =
    [
        .. Role(KeywordRole.Suffix, J, "project"),
        .. Role(KeywordRole.Suffix, M, "mechanism"),
        .. Role(KeywordRole.Suffix, P, "programme", "program"),
        .. Role(KeywordRole.Suffix, E, "festival", "summit"),
    ];

    /// <summary>Lower-case words that may stand inside a name between capitalised ones.</summary>
    public static readonly string[] FunctionWords = ["of", "on", "for", "and", "the", "in", "to", "x", "de", "with", "a", "an"];

    /// <summary>Words after which a "Project to ..." name ends.</summary>
    public static readonly string[] ProjectBoundaries = ["using", "which", "that", "with", "by", "in order", "as well as", "is", "was", "will", "has", "have"];

    public static readonly (string Name, EntityType Type)[] KnownNames =
    [
        .. Names(O, "ASEAN", "APEC", "JBIC", "JICA", "JETRO", "NEDO", "EVN", "PVN", "UN", "WTO", "IMF", "ADB", "OECD",
            "METI", "MOFA", "MPI", "MOIT", "AZEC", "G7", "G20"),
        .. Names(P, "NEXUS", "OSA", "ODA Loan Programme"),
        .. Names(L, "Hà Nội", "Hanoi", "Ha Noi", "Tokyo", "Osaka", "Kansai", "Kyoto", "Yokohama", "Nagoya", "Fukuoka",
            "Hiroshima", "Sapporo", "Kobe", "Hồ Chí Minh City", "Ho Chi Minh City", "Đà Nẵng", "Da Nang", "Hải Phòng",
            "Hai Phong", "Huế", "Hue", "Cần Thơ", "Can Tho", "Setouchi"),
    ];

    public static readonly string[] PersonTitles =
    [
        "Prime Minister", "Deputy Prime Minister", "President", "Vice President", "Minister", "Foreign Minister",
        "Deputy Minister", "Ambassador", "General Secretary", "Party General Secretary", "Chairman", "Chairwoman",
        "Chairperson", "Governor", "Mayor", "Emperor", "Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Dr", "Dr.",
    ];

    /// <summary>What may stand between a title and the name: "President of the Socialist Republic of Việt Nam Lê Văn Hùng".</summary>
    public static readonly string[] TitleComplements =
    [
        "of the Socialist Republic of Việt Nam", "of the Socialist Republic of Viet Nam", "of the Socialist Republic of Vietnam",
        "of Japan", "of Việt Nam", "of Viet Nam", "of Vietnam", "of Foreign Affairs", "of Defence", "of Defense",
    ];

    /// <summary>A form of state whose one-word name may stand between a title and a person: "Prime Minister of the
    /// Kingdom of Castella Mira Olsen".</summary>
    public static readonly string[] CountryForms =
        ["of the Kingdom of", "of the Republic of", "of the Federal Republic of", "of the State of", "of the Commonwealth of"];

    static IEnumerable<(string, EntityKeyword)> Head(EntityType type, params string[] words) =>
        Role(KeywordRole.Head, type, words);

    static IEnumerable<(string, EntityKeyword)> Role(KeywordRole role, EntityType type, params string[] words) =>
        words.Select(w => (w, new EntityKeyword(type, role)));

    static IEnumerable<(string, EntityType)> Names(EntityType type, params string[] names) => names.Select(n => (n, type));
}
