namespace Concord.Text.Clauses;

/// <summary>What a cue phrase of a language table means: the modality it gives and how it acts.</summary>
internal readonly record struct CueWord(Modality Modality, CueKind Kind);
