namespace Concord.Text.Quantities;

/// <summary>
/// What the quantity scanner knows of one language: every table is data, filled in by
/// <c>Languages/{En,Vi,Ja}/*QuantityWords.cs</c>. Phrases are matched case-insensitively, longest first.
/// </summary>
internal sealed class QuantityLanguage
{
    public required NumberCulture Culture { get; init; }

    /// <summary>Number words that may start a quantity: "two" => 2, "hai" => 2.</summary>
    public WordTable<decimal> NumberWords { get; init; } = WordTable<decimal>.Empty;

    /// <summary>False when a number word needs a multiplier after it ("hai triệu", not "hai nước").</summary>
    public bool NumberWordsStandAlone { get; init; }

    /// <summary>Number words that also need a multiplier or a comparator: "one" ("one country" is not an
    /// amount, "more than one year" is).</summary>
    public WordTable<bool> WeakNumberWords { get; init; } = WordTable<bool>.Empty;

    /// <summary>Words that may join the parts of a spelled-out number: "and" in "one hundred and twenty".</summary>
    public PhraseTable<bool> NumberWordJoiners { get; init; } = PhraseTable<bool>.Empty;

    /// <summary>Words before a number word that make it a reference to a known set: "the two sides".</summary>
    public PhraseTable<bool> Determiners { get; init; } = PhraseTable<bool>.Empty;

    /// <summary>"million" => 1e6, "tỷ" => 1e9, "万" => 1e4; applied in sequence ("nghìn tỷ").</summary>
    public required PhraseTable<decimal> Multipliers { get; init; }

    /// <summary>Phrases right before the number: "more than" => Gt. A null value marks a phrase that
    /// contains a comparator word but is not one ("handed over", "hướng tới").</summary>
    public required PhraseTable<Comparator?> PrefixComparators { get; init; }

    /// <summary>Phrases after the number or its unit: "or more", "trở lên", "以上".</summary>
    public required PhraseTable<Comparator> SuffixComparators { get; init; }

    /// <summary>Currency signs and codes before the number: "US$" => "USD".</summary>
    public required PhraseTable<string> PrefixUnits { get; init; }

    /// <summary>Currencies and percent after the number: "USD", "phần trăm" => "%". A null value marks a
    /// word that only starts like a currency ("đồng chí").</summary>
    public required PhraseTable<string?> SuffixUnits { get; init; }

    /// <summary>Rate periods before the number: "年間" => "year".</summary>
    public PhraseTable<string> PrefixPeriods { get; init; } = PhraseTable<string>.Empty;

    /// <summary>Rate periods after the quantity: "per year", "mỗi năm" => "year".</summary>
    public required PhraseTable<string> SuffixPeriods { get; init; }

    /// <summary>Words right before a number that make it a label, ordinal or date: "Phase", "lần thứ", "第", "April".</summary>
    public required PhraseTable<NotQuantity> LabelsBefore { get; init; }

    /// <summary>Words right after a number that make it a date or label: "April", "年", "回目".</summary>
    public required PhraseTable<NotQuantity> LabelsAfter { get; init; }

    /// <summary>Counted nouns taken as the unit, as written (Vietnamese, Japanese).</summary>
    public PhraseTable<bool> CountedNouns { get; init; } = PhraseTable<bool>.Empty;

    /// <summary>How to read a following noun phrase as the unit (English); null to use <see cref="CountedNouns"/> only.</summary>
    public NounPhraseRules? NounPhrases { get; init; }

    /// <summary>True when a capitalised word right before a number makes it part of a name ("Vân Phong 2",
    /// "WA Culture 2.0"), unless the word only starts a sentence.</summary>
    public bool NamesBeforeNumbers { get; init; }

    /// <summary>Words joining the two ends of a range besides a dash: "to", "đến", "から".</summary>
    public required PhraseTable<bool> RangeWords { get; init; }

    /// <summary>Words that may join a list of labels or dates: "and", "và".</summary>
    public required PhraseTable<bool> ListWords { get; init; }

}
