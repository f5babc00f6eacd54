using Concord.Text.Dates;

namespace Concord.Text.Languages.En;

/// <summary>English words of dates: months, seasons, the words that tie a period to a pledge ("by",
/// "within"), "as soon as possible", "annually". Phrases are lower case unless case matters.</summary>
internal static class EnDateWords
{
    /// <summary>Month names: written with a capital in English, which keeps "may" (the verb) out.</summary>
    public static readonly (string, int)[] Months =
    [
        ("January", 1), ("February", 2), ("March", 3), ("April", 4), ("May", 5), ("June", 6),
        ("July", 7), ("August", 8), ("September", 9), ("October", 10), ("November", 11), ("December", 12),
    ];

    /// <summary>Abbreviations count only next to a day or a year: "Jan" alone may be a name.</summary>
    public static readonly (string, int)[] MonthAbbreviations =
    [
        ("Jan", 1), ("Feb", 2), ("Mar", 3), ("Apr", 4), ("Jun", 6), ("Jul", 7), ("Aug", 8),
        ("Sep", 9), ("Sept", 9), ("Oct", 10), ("Nov", 11), ("Dec", 12),
    ];

    /// <summary>1 spring, 2 summer, 3 autumn, 4 winter (northern hemisphere).</summary>
    public static readonly (string, int)[] Seasons = [("spring", 1), ("summer", 2), ("autumn", 3), ("fall", 3), ("winter", 4)];

    /// <summary>Ordinals of quarters and halves; 9 means the last one.</summary>
    public static readonly (string, int)[] Ordinals =
    [
        ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("last", 9), ("final", 9), ("latter", 2), ("former", 1),
    ];

    /// <summary>Words before "year", "fiscal year" or a season that make it relative to the statement's year.</summary>
    public static readonly (string, int)[] Relatives =
    [
        ("this", 0), ("next", 1), ("last", -1), ("the current", 0), ("current", 0), ("the coming", 1),
        ("the next", 1), ("the present", 0), ("the previous", -1), ("the past", -1),
    ];

    /// <summary>"the end of", "the beginning of", ...: followed by "of" and a period.</summary>
    public static readonly (string, Edge)[] Edges =
    [
        ("end", Edge.End), ("close", Edge.End), ("beginning", Edge.Beginning), ("start", Edge.Beginning), ("middle", Edge.Middle),
    ];

    /// <summary>"early 2026", "late 2025", "mid-2025".</summary>
    public static readonly (string, Edge)[] EdgeAdjectives = [("early", Edge.Beginning), ("late", Edge.End), ("mid", Edge.Middle)];

    public static readonly (string, DatePrefix)[] Prefixes =
    [
        ("by", DatePrefix.By), ("until", DatePrefix.By), ("till", DatePrefix.By), ("no later than", DatePrefix.By),
        ("not later than", DatePrefix.By), ("up to", DatePrefix.By), ("by no later than", DatePrefix.By),
        ("before", DatePrefix.Before), ("prior to", DatePrefix.Before), ("ahead of", DatePrefix.Before),
        ("within", DatePrefix.Within), ("in the course of", DatePrefix.Within),
        ("in", DatePrefix.In), ("on", DatePrefix.In), ("during", DatePrefix.In), ("throughout", DatePrefix.In),
        ("at", DatePrefix.In), ("as of", DatePrefix.In), ("around", DatePrefix.In),
        ("from", DatePrefix.From), ("starting", DatePrefix.From), ("starting in", DatePrefix.From), ("starting from", DatePrefix.From),
        ("beginning in", DatePrefix.From), ("as from", DatePrefix.From),
        ("since", DatePrefix.Since), ("ever since", DatePrefix.Since),
        ("after", DatePrefix.After), ("between", DatePrefix.Between),
    ];

    /// <summary>Words that join the two ends of a range after "from" or "between" ("from April 27 to 29").</summary>
    public static readonly string[] RangeWords = ["to", "until", "till", "through", "and"];

    /// <summary>Lower-case words after which a bare year is a date ("the plan to 2030"); before other words
    /// a year is taken as part of a name ("Expo 2025", "Global Goals 2030", "Vision 2045").</summary>
    public static readonly string[] YearIntroducers = ["of", "to", "and", "or", "year", "through", "for", "than"];

    public static readonly string[] Year = ["year"];

    public static readonly string[] FiscalYear = ["fiscal year", "financial year", "fiscal", "FY"];

    public static readonly string[] Quarter = ["quarter"];

    public static readonly string[] Half = ["half"];

    public static readonly string[] Asap =
    [
        "as soon as possible", "as early as possible", "at the earliest possible date", "at the earliest possible time",
        "the earliest possible", "earliest possible", "at an early date", "at the earliest opportunity", "at the earliest",
        "without delay", "soon",
    ];

    /// <summary>"as soon as" followed by a word starting so: typos such as "posssible" are still read.</summary>
    public static readonly (string Phrase, string WordStart) AsapLoose = ("as soon as", "pos");

    public static readonly string[] Recurring =
    [
        "annual", "annually", "every year", "each year", "yearly", "every two years", "biennial", "periodic", "periodically", "regularly",
    ];

    /// <summary>Recurring words that are a quantity's rate when a number stands close to them ("2 million visits annually").</summary>
    public static readonly string[] Rates = ["annual", "annually", "every year", "each year", "yearly"];

    /// <summary>Magnitude words: a rate's number may be written in words ("two million visits annually"); small
    /// counts ("the two agencies report annually") are not rates.</summary>
    public static readonly string[] NumberWords = ["hundred", "thousand", "million", "billion", "trillion"];
}
