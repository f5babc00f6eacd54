namespace Concord.Text.Alignment;

/// <summary>The kinds of <see cref="AlignmentIssue"/>: stable, kebab-case, part of <c>concord.align/1</c>.</summary>
public static class AlignmentIssueKinds
{
    /// <summary>A quantity on one side with no equal value on the other, or an equal value said
    /// differently ("approximately 250" vs "250").</summary>
    public const string QuantityMismatch = "quantity-mismatch";

    /// <summary>Digits in one item that are not a quantity or date ("Global Goals 2030", "lần 1") and
    /// that the other item does not have, in digits or in words.</summary>
    public const string NumberMismatch = "number-mismatch";

    /// <summary>A date on one side absent or different on the other.</summary>
    public const string DateMismatch = "date-mismatch";

    /// <summary>A sentence on one side with no counterpart on the other.</summary>
    public const string MissingContent = "missing-content";

    /// <summary>An acronym ("JBIC") on one side of the pair only, though the other version uses it elsewhere.</summary>
    public const string EntityMismatch = "entity-mismatch";

    /// <summary>Paired items whose numbering differs ("4.3" with "4.4").</summary>
    public const string NumberingMismatch = "numbering-mismatch";

    /// <summary>One item said by two on the other side: two pairs share it, each with this issue.</summary>
    public const string SplitMerge = "split-merge";
}
