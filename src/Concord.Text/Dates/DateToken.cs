namespace Concord.Text.Dates;

internal enum DateTokenKind : byte
{
    Word,
    Number,
    Symbol,
}

/// <summary>A word, a run of digits or one symbol of a paragraph. <see cref="Value"/> is the number's value
/// when it is a plain run of at most nine digits (an ordinal suffix allowed: "28th"), -1 otherwise
/// ("50,000", "3,5" and "600.000" are grouped numbers, never parts of a date).</summary>
internal readonly record struct DateToken(DateTokenKind Kind, int Start, int End, int Value, int Digits, bool Ordinal)
{
    public int Length => End - Start;
}
