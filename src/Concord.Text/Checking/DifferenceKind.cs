namespace Concord.Text.Checking;

/// <summary>How a claim differs from the statement item it speaks of.</summary>
public enum DifferenceKind
{
    /// <summary>Another value: "3 million" where the statement has "2 million".</summary>
    Figure,
    /// <summary>Another date or deadline.</summary>
    Date,
    /// <summary>The same figure counting something wider or narrower: travellers both ways for tourists one way.</summary>
    Scope,
    /// <summary>The same figure given to the other party: Japanese tourists for Vietnamese tourists.</summary>
    Party,
    /// <summary>The same value hedged differently: "over" for "approximately", "exactly" for "more than".</summary>
    Hedge,
    /// <summary>A target reported as reached.</summary>
    Achievement,
    /// <summary>A study or a consideration reported as a decision.</summary>
    Decision,
}
