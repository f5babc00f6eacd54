using Concord.Text.Segmentation;

namespace Concord.Text.Clauses;

/// <summary>
/// The actors of a clause's own subject: the last subject phrase before its main cue ("Regarding Japan's
/// programme, the Vietnamese side will ..." is "Việt Nam"), with a party joined by "and" to it ("Japan and
/// Việt Nam" is "both"). A clause with no cue is context and has a subject only when it starts with one.
/// </summary>
internal static class ClauseSubjects
{
    /// <param name="pronoun">What "They" stands for: the sentence's subject, or the previous sentence's.</param>
    public static IReadOnlyList<string>? Own(string text, ClausePiece piece, List<ActorHit> actors, ClauseLexicon lexicon, IReadOnlyList<string> pronoun)
    {
        if (piece.Opener)
            return null;
        if (!lexicon.WholeWords)
            return VerbFinalClauses.Subject(text, piece, actors) is { } hit ? Resolve([hit.Actor], pronoun, lexicon) : null;

        int first = TextScan.SkipSpace(text, piece.SubjectStart, piece.End);
        int end = piece.Main?.Start ?? piece.End;
        int last = -1;
        for (int i = SortedHits.FirstActor(actors, piece.SubjectStart); i < actors.Count && actors[i].End <= end; i++)
        {
            if (piece.Main is null && actors[i].Start != first) break;
            last = i;
        }
        if (last < 0)
            return null;
        var names = new List<string> { actors[last].Actor };
        for (int i = last - 1; i >= 0 && actors[i].Start >= piece.SubjectStart && Joined(text, actors[i].End, actors[i + 1].Start, lexicon); i--)
            names.Insert(0, actors[i].Actor);
        return Resolve(names, pronoun, lexicon);
    }

    static bool Joined(string text, int from, int to, ClauseLexicon lexicon)
    {
        int at = TextScan.SkipSpace(text, from, to);
        if (at < to && text[at] == ',') at = TextScan.SkipSpace(text, at + 1, to);
        return at == to || lexicon.Coordinators.TryMatch(text, at, to, true, out int after) && TextScan.SkipSpace(text, after, to) == to;
    }

    static IReadOnlyList<string> Resolve(List<string> names, IReadOnlyList<string> pronoun, ClauseLexicon lexicon)
    {
        var actors = new List<string>();
        foreach (var name in names)
            // In a statement a "They" with nothing before it stands for the two leaders.
            foreach (var actor in name != ClauseActors.Previous ? [name] : pronoun.Count > 0 ? pronoun : [ClauseActors.Both])
                if (!actors.Contains(actor, StringComparer.Ordinal)) actors.Add(actor);
        return actors.Contains(ClauseActors.Both, StringComparer.Ordinal) || AllParties(actors, lexicon) ? [ClauseActors.Both] : actors;
    }

    /// <summary>"Aurelia and Norvania": every party of the document, or, when they are not known, two countries.</summary>
    static bool AllParties(List<string> actors, ClauseLexicon lexicon)
    {
        if (lexicon.Parties.Count >= 2)
            return lexicon.Parties.All(p => actors.Contains(p, StringComparer.Ordinal));
        return actors.Count(lexicon.Countries.Contains) >= 2;
    }
}
