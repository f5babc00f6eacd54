namespace Concord.Text.Alignment;

/// <summary>Two sentences that say the same thing; one side is null when a sentence has no counterpart.</summary>
public sealed record SentencePair(TextSpan? Left, TextSpan? Right, double Score);
