namespace Concord.Text.Checking;

/// <summary>Why a claim got its verdict, as a code that a page can say in its reader's language
/// (<see cref="CheckedClaim.Reason"/> says it in English).</summary>
public enum ClaimReason
{
    /// <summary>A figure, date, scope or party differs from the item linked.</summary>
    Differs,
    /// <summary>Something differs, but the link to the item is weak.</summary>
    MayDiffer,
    /// <summary>A hedge, an achievement or a decision says more than the item.</summary>
    SaysMore,
    /// <summary>A hedge says less than the item.</summary>
    SaysLess,
    /// <summary>Some of its figures are in the statement, others are not.</summary>
    SomeFiguresAbsent,
    /// <summary>Its figure is not in the statement.</summary>
    FigureAbsent,
    /// <summary>The statement does not name who or what it is about.</summary>
    NamesAbsent,
    /// <summary>Its date is in an item it is only weakly linked to.</summary>
    DateWeaklyLinked,
    /// <summary>Its date is not in the statement.</summary>
    DateAbsent,
    /// <summary>Its figures and dates are in the statement.</summary>
    FactsFound,
    /// <summary>The statement says it in words close to its own.</summary>
    Said,
    /// <summary>The statement does not speak of it.</summary>
    NotSpokenOf,
    /// <summary>It is only partly like anything in the statement.</summary>
    PartlyLike,
}
