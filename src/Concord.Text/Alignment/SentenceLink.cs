namespace Concord.Text.Alignment;

/// <summary>A sentence pair and which item of each side it belongs to (0 or 1 in a split-merge; -1 on
/// the side that is null).</summary>
internal readonly record struct SentenceLink(SentencePair Pair, int LeftSlot, int RightSlot);
