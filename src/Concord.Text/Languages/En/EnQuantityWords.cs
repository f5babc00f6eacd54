using Concord.Text.Quantities;

namespace Concord.Text.Languages.En;

/// <summary>English words of quantities: number words, multipliers, comparators, units, rate periods,
/// and the words that turn a number into a label or a date.</summary>
internal static class EnQuantityWords
{
    static readonly string[] Months =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.",
        "oct.", "nov.", "dec.", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ];

    static readonly string[] Labels =
    [
        "no.", "no", "nos.", "number", "phase", "stage", "line", "point", "points", "item", "items", "article",
        "articles", "section", "sections", "chapter", "chapters", "paragraph", "paragraphs", "clause", "clauses",
        "annex", "appendix", "part", "round", "version", "ver.", "v.", "level", "tier", "page", "pages", "p.", "pp.",
        "table", "figure", "fig.", "resolution", "decree", "decision", "circular", "step", "grade", "class",
        "session", "block", "route", "highway", "terminal", "gate", "zone", "district", "ward", "lot", "package",
        "unit", "units", "reactor", "batch", "wave", "term", "top", "rank", "ranked", "vol.", "volume", "issue",
        "model", "type", "quarter", "week", "day", "#",
    ];

    public static QuantityLanguage Table { get; } = new()
    {
        Culture = NumberCulture.DecimalPoint,
        NumberWords = new(
            ("one", 1m), ("two", 2m), ("three", 3m), ("four", 4m), ("five", 5m), ("six", 6m), ("seven", 7m),
            ("eight", 8m), ("nine", 9m), ("ten", 10m), ("eleven", 11m), ("twelve", 12m), ("thirteen", 13m),
            ("fourteen", 14m), ("fifteen", 15m), ("sixteen", 16m), ("seventeen", 17m), ("eighteen", 18m),
            ("nineteen", 19m), ("twenty", 20m), ("thirty", 30m), ("forty", 40m), ("fifty", 50m), ("sixty", 60m),
            ("seventy", 70m), ("eighty", 80m), ("ninety", 90m)),
        NumberWordsStandAlone = true,
        WeakNumberWords = Words("one"),
        NumberWordJoiners = Flags("and"),
        Determiners = Flags(
            "the", "these", "those", "its", "their", "our", "your", "his", "her", "my", "all", "both", "next", "last",
            "past", "first", "other", "remaining", "same", "every", "each"),
        Multipliers = new(
            ("hundred", 100m), ("thousand", 1_000m), ("million", 1_000_000m), ("billion", 1_000_000_000m),
            ("trillion", 1_000_000_000_000m), ("mn", 1_000_000m), ("bn", 1_000_000_000m), ("tn", 1_000_000_000_000m)),
        PrefixComparators = new(
            ("approximately", Comparator.Approx), ("approx.", Comparator.Approx), ("about", Comparator.Approx),
            ("around", Comparator.Approx), ("nearly", Comparator.Approx), ("almost", Comparator.Approx),
            ("roughly", Comparator.Approx), ("some", Comparator.Approx), ("an estimated", Comparator.Approx),
            ("estimated", Comparator.Approx), ("close to", Comparator.Approx),
            ("more than", Comparator.Gt), ("over", Comparator.Gt), ("exceeding", Comparator.Gt),
            ("in excess of", Comparator.Gt), ("above", Comparator.Gt), ("upwards of", Comparator.Gt),
            ("at least", Comparator.Gte), ("no fewer than", Comparator.Gte), ("no less than", Comparator.Gte),
            ("not less than", Comparator.Gte), ("a minimum of", Comparator.Gte),
            ("up to", Comparator.Lte), ("at most", Comparator.Lte), ("no more than", Comparator.Lte),
            ("not more than", Comparator.Lte), ("a maximum of", Comparator.Lte), ("not exceeding", Comparator.Lte),
            ("as many as", Comparator.Lte), ("as much as", Comparator.Lte),
            ("fewer than", Comparator.Lt), ("less than", Comparator.Lt), ("under", Comparator.Lt),
            ("below", Comparator.Lt),
            // A comparator word that belongs to a verb is not a comparator: "handed over two vehicles",
            // "structured around three pillars".
            ("handed over", null), ("hand over", null), ("hands over", null), ("handing over", null),
            ("turned over", null), ("took over", null), ("taken over", null), ("take over", null),
            ("passed over", null), ("carried over", null), ("brought about", null), ("came about", null),
            ("structured around", null), ("built around", null), ("centred around", null), ("centered around", null),
            ("organised around", null), ("organized around", null), ("revolves around", null), ("revolve around", null),
            ("talk about", null), ("talked about", null), ("talks about", null), ("spoke about", null),
            ("concerned about", null), ("care about", null)),
        SuffixComparators = new(
            ("or more", Comparator.Gte), ("or above", Comparator.Gte), ("and above", Comparator.Gte),
            ("or over", Comparator.Gte), ("and over", Comparator.Gte), ("or less", Comparator.Lte),
            ("or fewer", Comparator.Lte), ("and below", Comparator.Lte), ("or below", Comparator.Lte)),
        PrefixUnits = new(
            ("us$", "USD"), ("$", "USD"), ("usd", "USD"), ("¥", "JPY"), ("jpy", "JPY"), ("vnd", "VND"),
            ("€", "EUR"), ("eur", "EUR"), ("£", "GBP")),
        SuffixUnits = new(
            ("%", "%"), ("percent", "%"), ("per cent", "%"), ("usd", "USD"), ("us dollars", "USD"),
            ("u.s. dollars", "USD"), ("dollars", "USD"), ("dollar", "USD"), ("yen", "JPY"), ("jpy", "JPY"),
            ("vnd", "VND"), ("dong", "VND"), ("đồng", "VND"), ("eur", "EUR"), ("euros", "EUR"), ("euro", "EUR")),
        SuffixPeriods = new(
            ("per year", "year"), ("a year", "year"), ("each year", "year"), ("every year", "year"),
            ("annually", "year"), ("per annum", "year"), ("yearly", "year"), ("/year", "year"), ("/yr", "year"),
            ("per month", "month"), ("a month", "month"), ("each month", "month"), ("every month", "month"),
            ("monthly", "month"), ("/month", "month"),
            ("per week", "week"), ("a week", "week"), ("each week", "week"), ("every week", "week"),
            ("weekly", "week"), ("/week", "week"),
            ("per day", "day"), ("a day", "day"), ("each day", "day"), ("every day", "day"), ("daily", "day"),
            ("/day", "day")),
        LabelsBefore = new(Months.Select(m => (m, NotQuantity.Day)).Concat(Labels.Select(l => (l, NotQuantity.Label)))
            .Append(("fiscal year", NotQuantity.Year)).Append(("fy", NotQuantity.Year)).ToArray()),
        LabelsAfter = new(Months.Where(m => m != "may").Select(m => (m, NotQuantity.Day))
            .Concat(new[] { "a.m.", "p.m.", "am", "pm", "o'clock", "hrs" }.Select(t => (t, NotQuantity.Day))).ToArray()),
        NounPhrases = new NounPhraseRules
        {
            StopWords = Words(
                "of", "in", "on", "at", "by", "for", "to", "from", "with", "without", "per", "into", "onto", "under",
                "over", "between", "through", "towards", "toward", "within", "during", "since", "until", "till",
                "before", "after", "about", "across", "against", "among", "around", "as", "than", "via", "like",
                "and", "or", "but", "nor", "while", "whereas", "that", "which", "who", "whom", "whose", "where",
                "when", "if", "so", "because", "a", "an", "the", "this", "these", "those", "each", "every", "its",
                "their", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
                "can", "could", "shall", "should", "may", "might", "must", "do", "does", "did", "not", "ago",
                "mainly", "mostly", "annually", "yearly", "monthly", "weekly", "daily", "respectively", "only",
                "already", "also", "more", "most", "less", "fewer", "worth", "altogether", "total", "plus",
                "including", "such", "both", "either", "neither", "all", "last", "next", "yet", "still", "even",
                "just", "nearly", "almost", "approximately", "below", "above", "beyond", "behind", "ahead", "here",
                "there", "now", "then", "today", "later", "earlier", "again", "together", "overall", "instead"),
            Plurals = Words(
                "people", "staff", "personnel", "children", "men", "women", "police", "cattle", "feet", "teeth",
                "mice", "geese", "data", "media", "alumni", "crew", "youth"),
            NotPlurals = Words(
                "series", "species", "news", "means", "gas", "bus", "lens", "analysis", "basis", "status", "campus",
                "bonus", "census", "corpus"),
        },
        NamesBeforeNumbers = true,
        RangeWords = Flags("to"),
        ListWords = Flags("and", "or", "&"),
    };

    static PhraseTable<bool> Flags(params string[] words) => new(words.Select(w => (w, true)).ToArray());

    static WordTable<bool> Words(params string[] words) => new(words.Distinct().Select(w => (w, true)).ToArray());
}
