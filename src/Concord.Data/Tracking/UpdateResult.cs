using Concord.Data.Register;

namespace Concord.Data.Tracking;

/// <summary>The update added to a commitment, or what is wrong with the draft (field name to messages) and
/// nothing changed.</summary>
public sealed record UpdateResult(ProgressUpdate? Update, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Succeeded => Update is not null;
}
