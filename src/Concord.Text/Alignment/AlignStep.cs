namespace Concord.Text.Alignment;

/// <summary>One step of a monotonic alignment, starting at <paramref name="Left"/> and <paramref name="Right"/>.</summary>
internal readonly record struct AlignStep(StepKind Kind, int Left, int Right);
