using Concord.Data.Register;

namespace Concord.Data.Tracking;

/// <summary>Flags a mechanism that has not met within its cadence: its last meeting is older than the cadence,
/// or it has never met and the statement that named it is older than the cadence.</summary>
public static class MechanismCadence
{
    /// <param name="namedOn">The date of the earliest statement that names the mechanism, if known.</param>
    public static Cadence Evaluate(Mechanism mechanism, IEnumerable<Meeting> meetings, DateOnly? namedOn, DateOnly today)
    {
        DateOnly? last = null;
        foreach (var meeting in meetings)
            if (meeting.Date <= today && (last is null || meeting.Date > last))
                last = meeting.Date;
        if (mechanism.CadenceMonths is not { } months || months <= 0)
            return new Cadence(false, last, null);
        if ((last ?? namedOn) is not { } since)
            return new Cadence(false, null, null);
        var dueBy = since.AddMonths(months);
        return new Cadence(dueBy < today, last, dueBy);
    }
}
