namespace Concord.Text.Alignment;

internal enum StepKind : byte
{
    None,
    /// <summary>A left element with no counterpart (1-0).</summary>
    SkipLeft,
    /// <summary>A right element with no counterpart (0-1).</summary>
    SkipRight,
    OneOne,
    /// <summary>One left element said by two right ones.</summary>
    OneTwo,
    /// <summary>Two left elements said by one right one.</summary>
    TwoOne,
}

/// <summary>One step of a monotonic alignment, starting at <paramref name="Left"/> and <paramref name="Right"/>.</summary>
internal readonly record struct AlignStep(StepKind Kind, int Left, int Right);
