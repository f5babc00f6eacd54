namespace Concord.Text.Alignment;

/// <summary>Where an anchor occurs in a document's text.</summary>
internal readonly record struct AnchorOccurrence(int Position, int Length, int Id);
