namespace Concord.Text.Dates;

/// <summary>What a grammar read at tokens [<see cref="First"/>, <see cref="End"/>): a period (or a range from
/// <see cref="Piece"/> to <see cref="Last"/>) and the word that ties it to the sentence; or, when
/// <see cref="Special"/> is set, "as soon as possible" or a recurrence, which have no period.</summary>
internal readonly record struct DateExpression(
    int First,
    int End,
    DatePrefix Prefix,
    DatePiece Piece,
    DatePiece? Last = null,
    DatePrecision? Special = null,
    string? RecurringUnit = null);
