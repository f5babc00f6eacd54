namespace Concord.Text.Dates;

public enum DatePrecision
{
    Day,
    Month,
    Season,
    Quarter,
    Half,
    Year,
    FiscalYear,
    /// <summary>"As soon as possible", "at the earliest": no fixed date.</summary>
    Asap,
    /// <summary>"Annual", "hàng năm", "every year".</summary>
    Recurring,
}
