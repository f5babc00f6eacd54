namespace Concord.Data.Exchange;

/// <summary>A column of the CSV/XLSX exchange sheet: its key, its header in English and in Vietnamese, and how wide
/// a spreadsheet should show it (in characters).</summary>
public sealed record ExchangeColumn(string Key, string En, string Vi, double Width)
{
    public string Header(string language) => language == "vi" ? Vi : En;
}
