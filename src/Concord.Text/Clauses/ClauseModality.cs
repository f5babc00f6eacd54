using Concord.Text.Segmentation;

namespace Concord.Text.Clauses;

/// <summary>
/// The modality of a clause, from its main cue. Two readings turn an agreement into context: an agreed
/// necessity is a shared view ("agreed that reform is necessary", "nhất trí việc ... là cần thiết"), and an
/// agreed effect of a thing is a prediction ("agreed that the project will expand the space for cooperation",
/// "nhất trí Dự án ... sẽ mở rộng ..."): a "will" whose subject is not a party and whose verb is one of effect.
/// A reporting verb of context ("stated", "nhấn mạnh") with a party's "will" is a commitment.
/// </summary>
internal static class ClauseModality
{
    public static Modality Of(string text, ClausePiece piece, List<Cue> cues, List<ActorHit> actors, ClauseLexicon lexicon)
    {
        if (piece.Opener || piece.Main is not { } main)
            return Modality.Context;
        if (main.Kind is not (CueKind.ViewVerb or CueKind.Auxiliary) || main.Kind == CueKind.Auxiliary && main.Modality != Modality.Commitment)
            return main.Modality;

        Cue? will = main.Kind == CueKind.Auxiliary ? main : null;
        for (int i = SortedHits.FirstCue(cues, main.End); i < cues.Count && cues[i].Start < piece.End; i++)
        {
            var cue = cues[i];
            if (cue.Kind == CueKind.Necessity && will is null) return Modality.Context;
            if (will is null && cue.Kind == CueKind.Auxiliary && cue.Modality == Modality.Commitment) will = cue;
        }
        if (will is not { } auxiliary)
            return main.Modality;
        int from = main == auxiliary ? piece.SubjectStart : SkipComplementizers(text, main.End, piece.End, lexicon);
        return IsPrediction(text, from, auxiliary, piece.End, actors, lexicon) ? Modality.Context : Modality.Commitment;
    }

    static int SkipComplementizers(string text, int at, int end, ClauseLexicon lexicon)
    {
        at = TextScan.SkipSpace(text, at, end);
        while (lexicon.WholeWords && lexicon.Complementizers.TryMatch(text, at, end, true, out int after))
            at = TextScan.SkipSpace(text, after, end);
        return at;
    }

    static bool IsPrediction(string text, int from, Cue will, int end, List<ActorHit> actors, ClauseLexicon lexicon)
    {
        if (!lexicon.WholeWords || from >= will.Start)
            return false;
        bool letters = false;
        for (int i = from; i < will.Start && !letters; i++)
            letters = char.IsLetter(text[i]);
        if (!letters)
            return false;
        int first = SortedHits.FirstActor(actors, from);
        if (first < actors.Count && actors[first].End <= will.Start)
            return false;
        int verb = TextScan.SkipSpace(text, will.End, end);
        while (lexicon.Adverbs.TryMatch(text, verb, end, true, out int after))
            verb = TextScan.SkipSpace(text, after, end);
        return lexicon.EffectVerbs.TryMatch(text, verb, end, true, out _);
    }
}
