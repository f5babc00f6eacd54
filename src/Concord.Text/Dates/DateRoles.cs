namespace Concord.Text.Dates;

/// <summary>Deadline, event or reference, in this order: "as soon as possible" is a deadline, a recurrence an
/// event; a date before the statement's date is a reference, never a deadline; "by", "before", "within" make a
/// deadline; "since" and, without a statement date, a sentence in the past make a reference; "from", "after" make an event
/// (a start), and so does a range (a term); so do a scheduled thing, an event's name just before, or a single day; a period in a pledge
/// ("agreed ... in 2025") is when the pledge is to be done; anything else is an event.</summary>
internal static class DateRoles
{
    public static DateRole Decide(DateScan s, DateLanguage language, DateExpression e, DateOnly? start, DateOnly? end,
        DatePrecision precision, DateOnly? statementDate, SentenceCues cues)
    {
        if (e.Special == DatePrecision.Asap) return DateRole.Deadline;
        if (e.Special == DatePrecision.Recurring) return DateRole.Event;
        if (statementDate is { } today)
        {
            if (end is { } last && last < today) return DateRole.Reference;
            // "from June 2025" said after it: the start is a past fact.
            if (end is null && start is { } first && first < today && e.Prefix is DatePrefix.From or DatePrefix.After) return DateRole.Reference;
        }
        // "since 2019" looks back from the statement.
        if (e.Prefix == DatePrefix.Since) return DateRole.Reference;
        if (e.Prefix is DatePrefix.By or DatePrefix.Before or DatePrefix.Within) return DateRole.Deadline;
        if (statementDate is null && cues.Past) return DateRole.Reference;
        // "from 2026", "after 2026": when something starts, not when it must be done; "2027-2028": a term.
        if (e.Prefix is DatePrefix.From or DatePrefix.After || e.Last is not null) return DateRole.Event;
        bool japanese = language.Language == Language.Ja;
        if ((!japanese && SentenceCues.Before(s, language.Scheduled, e.First, language.CueWindow))
            || (japanese && SentenceCues.After(s, language.Scheduled, e.End, language.CueWindow))
            || SentenceCues.Before(s, language.EventNouns, e.First, japanese ? 10 : 6))
            return DateRole.Event;
        if (precision == DatePrecision.Day) return DateRole.Event;
        return cues.Pledge ? DateRole.Deadline : DateRole.Event;
    }
}
