namespace Concord.Features.Mechanisms;

/// <summary>The meeting form of the mechanism page, as posted: the date as typed (YYYY-MM-DD), the place, a note.</summary>
public sealed class MeetingForm
{
    public string? Date { get; set; }
    public string? Place { get; set; }
    public string? Note { get; set; }
}
