namespace Concord.Text.Clauses;

/// <summary>A cue phrase found in a sentence.</summary>
internal readonly record struct Cue(int Start, int End, Modality Modality, CueKind Kind)
{
    public bool IsMainVerb => Kind is CueKind.Verb or CueKind.ViewVerb or CueKind.Purpose;
}
