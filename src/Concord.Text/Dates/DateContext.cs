namespace Concord.Text.Dates;

/// <summary>What relative dates are read against: "this year", "summer", "next year" resolve from
/// <see cref="StatementDate"/>; without it they keep their text and get no range.</summary>
public sealed record DateContext(DateOnly? StatementDate);
