namespace Concord.Text.Dates;

/// <summary>Whose fiscal year a date assumes: Japan's runs 1 April to 31 March, Viet Nam's is the calendar year.</summary>
public enum FiscalConvention
{
    JP,
    VN,
}
