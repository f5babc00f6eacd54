namespace Concord.Text.Quantities;

/// <summary>Why a number next to a word is not a quantity; also says which numbers that follow share its
/// fate ("points 3, 4, 5, 6", "April 27-29", "2021-2025").</summary>
internal enum NotQuantity
{
    /// <summary>The word does not decide: "年間" after a number is a duration, not the "年" of a date.</summary>
    None,
    /// <summary>A label, ordinal or reference: "Phase 1", "No.1", "lần thứ 16", "第2回", "point 4".</summary>
    Label,
    /// <summary>A day or month of a date: "April 28", "ngày 28", "4月".</summary>
    Day,
    /// <summary>A year: "năm 2024", "2026年度".</summary>
    Year,
}
