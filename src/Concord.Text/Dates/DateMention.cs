namespace Concord.Text.Dates;

/// <summary>A date, range or deadline found in the text, normalised to a range of days.
/// "by the end of 2025" => Start null, End 2025-12-31, Precision Year, Role Deadline.</summary>
/// <param name="Start">First day of the range; null when open ("by 2030", "as soon as possible").</param>
/// <param name="End">Last day of the range, inclusive; null when open.</param>
/// <param name="FiscalYear">The convention assumed when Precision is FiscalYear; null otherwise.</param>
/// <param name="Reading">How it was read, for a person: "fiscal year 2026, read as Japan's
/// (1 April 2026 - 31 March 2027) because the sentence is about a Japanese-funded project".</param>
public sealed record DateMention(
    string Text,
    TextSpan Span,
    DateRole Role,
    DateOnly? Start,
    DateOnly? End,
    DatePrecision Precision,
    FiscalConvention? FiscalYear,
    string? Reading);
