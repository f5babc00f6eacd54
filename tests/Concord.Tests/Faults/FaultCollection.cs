namespace Concord.Tests.Faults;

/// <summary>The fault tests start real processes and kill them: they run one at a time, apart from the other tests,
/// so that the timing they depend on is not squeezed by everything else running at once.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultCollection
{
    public const string Name = "faults";
}
