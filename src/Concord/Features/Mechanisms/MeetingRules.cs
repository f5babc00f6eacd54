using Concord.Data.Register;
using Concord.Web;

namespace Concord.Features.Mechanisms;

/// <summary>What a recorded meeting must be, for the API and the mechanism page alike: a date, a place of at most
/// <see cref="MaxPlace"/> characters, a note of at most <see cref="MaxNote"/>.</summary>
public static class MeetingRules
{
    public const int MaxPlace = 300;
    public const int MaxNote = 4000;

    /// <summary>The meeting to add, or null with the problems in <paramref name="errors"/> by field (date, place, note).</summary>
    public static Meeting? Read(int mechanismId, MechanismsApi.MeetingRequest body, Errors errors)
    {
        if (body.Date is null) errors.Add("date", "date is required (YYYY-MM-DD): the day of the meeting.");
        string? place = body.Place is null ? null : errors.Text("place", body.Place, MaxPlace, required: false);
        string note = errors.Text("note", body.Note, MaxNote, required: false);
        if (errors.Any) return null;
        return new Meeting { MechanismId = mechanismId, Date = body.Date!.Value, Place = string.IsNullOrEmpty(place) ? null : place, Note = note };
    }
}
