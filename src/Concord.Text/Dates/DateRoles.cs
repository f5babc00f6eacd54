namespace Concord.Text.Dates;

/// <summary>Deadline, event or reference: a date before the statement's date is a reference, never a deadline;
/// "by", "before", "within" make a deadline; a scheduled thing, an event's name or a single day make an event;
/// a period in a pledge ("agreed ... in 2025") is when the pledge is to be done.</summary>
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
            if (end is null && start is { } first && first < today && e.Prefix == DatePrefix.Since) return DateRole.Reference;
        }
        if (e.Prefix is DatePrefix.By or DatePrefix.Before or DatePrefix.Within) return DateRole.Deadline;
        bool japanese = language.Language == Language.Ja;
        if (SentenceCues.Before(s, language.Scheduled, e.First, 4)
            || (japanese && SentenceCues.After(s, language.Scheduled, e.End, 8))
            || SentenceCues.Before(s, language.EventNouns, e.First, japanese ? 10 : 6))
            return DateRole.Event;
        if (precision == DatePrecision.Day) return DateRole.Event;
        if (statementDate is null && cues.Past) return DateRole.Reference;
        return cues.Pledge ? DateRole.Deadline : DateRole.Event;
    }
}
