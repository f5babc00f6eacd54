namespace Concord.Text.Checking;

/// <summary>What the statement says of a claim. Ordered as a reader should look at them: the contradicted and
/// overstated first.</summary>
public enum Verdict
{
    /// <summary>The statement says something else: another figure, date, scope or party.</summary>
    Contradicted,
    /// <summary>The claim says more than the statement: "approximately" reported as "over", a target reported as
    /// reached, a study reported as a decision.</summary>
    Overstated,
    /// <summary>The claim says less than the statement: "more than 600,000" reported as "up to 600,000".</summary>
    Understated,
    /// <summary>The link to the statement is too weak to say.</summary>
    Unsure,
    /// <summary>The statement does not say it. It may still be true.</summary>
    NotInStatement,
    /// <summary>The statement says it.</summary>
    Supported,
}
