namespace Concord.Text.Tests.Specs;

/// <summary>Turns what one stage found in a spec input into the lines an expected block is compared with.
/// One implementation per block kind (outline, quantities, dates, clauses, entities); the runner finds
/// them by reflection.</summary>
public interface ISpecRenderer
{
    /// <summary>The name after the fence of an expected block: "quantities".</summary>
    string Kind { get; }

    IEnumerable<string> Render(SpecInput input);
}
