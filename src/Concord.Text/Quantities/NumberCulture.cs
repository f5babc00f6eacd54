namespace Concord.Text.Quantities;

/// <summary>How a language writes the separators of a numeral.</summary>
internal enum NumberCulture
{
    /// <summary>English and Japanese: "50,000" and "3.5".</summary>
    DecimalPoint,
    /// <summary>Vietnamese: "50.000" and "3,5".</summary>
    DecimalComma,
}
