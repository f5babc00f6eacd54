using Concord.Data.Register;

namespace Concord.Data.Tracking;

/// <summary>The update added to a commitment, or what is wrong with the draft and nothing changed.</summary>
public sealed record UpdateResult(ProgressUpdate? Update, IReadOnlyList<Refusal> Errors)
{
    public bool Succeeded => Update is not null;
}
