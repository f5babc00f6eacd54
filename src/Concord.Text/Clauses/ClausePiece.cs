namespace Concord.Text.Clauses;

/// <summary>A clause while a sentence is being split: its bounds, where its own subject may stand and the
/// cue that gives its modality.</summary>
internal sealed class ClausePiece
{
    public int Start;
    public int End;

    /// <summary>Where the clause's own subject may start: after the coordinator that opened it.</summary>
    public int SubjectStart;

    public Cue? Main;

    /// <summary>Background that opens the sentence ("In order to ..."): context with the sentence's subject.</summary>
    public bool Opener;
}
