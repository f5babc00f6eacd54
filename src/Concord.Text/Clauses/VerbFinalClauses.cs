using Concord.Text.Languages.Ja;
using Concord.Text.Segmentation;

namespace Concord.Text.Clauses;

/// <summary>
/// Splits a sentence of a verb-final language (Japanese) into clauses: a clause ends at a cue verb in its
/// joining form before "、" ("〜を歓迎し、"), and a background phrase before "、" ("〜を踏まえ、", "〜ため、")
/// is a clause of its own.
/// </summary>
internal static class VerbFinalClauses
{
    static readonly PhraseTrie<bool> Predicates = new(JaClauseWords.Predicates.Select(p => (p, true)));

    public static List<ClausePiece> Split(string text, TextSpan sentence, List<Cue> cues)
    {
        var pieces = new List<ClausePiece>();
        var current = new ClausePiece { Start = sentence.Start, SubjectStart = sentence.Start };
        bool sawCue = false;
        int next = 0;
        for (int i = sentence.Start; i < sentence.End; i++)
        {
            if (next < cues.Count && cues[next].Start == i)
            {
                var cue = cues[next++];
                sawCue = true;
                if (cue.Kind == CueKind.Necessity || !Predicates.TryMatch(text, cue.End, sentence.End, false, out int end))
                    continue;
                current.Main = cue;
                if (end < sentence.End && text[end] is '、' or ',' or '，')
                {
                    current.End = end;
                    pieces.Add(current);
                    int start = TextScan.SkipSpace(text, end + 1, sentence.End);
                    current = new ClausePiece { Start = start, SubjectStart = start };
                    sawCue = false;
                    i = start - 1;
                    continue;
                }
                i = end - 1;
                continue;
            }
            if (text[i] == '、' && !sawCue && current.Main is null && EndsWithAny(text, current.Start, i, JaClauseWords.OpenerEndings))
            {
                current.End = i;
                current.Opener = true;
                pieces.Add(current);
                int start = TextScan.SkipSpace(text, i + 1, sentence.End);
                current = new ClausePiece { Start = start, SubjectStart = start };
                i = start - 1;
            }
        }
        current.End = sentence.End;
        if (current.End > current.Start) pieces.Add(current);
        return pieces;
    }

    /// <summary>Whether a clause with no cue verb ends as a pledge: "日本は〜を支援する。".</summary>
    public static bool EndsAsPledge(string text, ClausePiece piece)
    {
        int end = TextScan.TrimEnd(text, piece.Start, piece.End, "。.！!");
        return EndsWithAny(text, piece.Start, end, JaClauseWords.PledgeEndings);
    }

    /// <summary>The subject of a clause: the first actor followed by "は", "が" or "も".</summary>
    public static ActorHit? Subject(string text, ClausePiece piece, List<ActorHit> actors)
    {
        for (int i = SortedHits.FirstActor(actors, piece.SubjectStart); i < actors.Count && actors[i].End < piece.End; i++)
        {
            var hit = actors[i];
            foreach (var particle in JaClauseWords.SubjectParticles)
                if (string.CompareOrdinal(text, hit.End, particle, 0, particle.Length) == 0 && !Embedded(text, hit.End, piece.End, particle))
                    return hit;
        }
        return null;
    }

    /// <summary>"アウレリアが…を建設するとの決定を歓迎": a "が" before "との" or "という" is the subject of the clause
    /// the main verb is about, not of the main verb.</summary>
    static bool Embedded(string text, int from, int end, string particle) =>
        particle == "が" && (text.IndexOf("との", from, end - from, StringComparison.Ordinal) >= 0
            || text.IndexOf("という", from, end - from, StringComparison.Ordinal) >= 0);

    static bool EndsWithAny(string text, int start, int end, string[] endings)
    {
        foreach (var ending in endings)
        {
            int at = end - ending.Length;
            if (at >= start && string.CompareOrdinal(text, at, ending, 0, ending.Length) == 0)
                return true;
        }
        return false;
    }
}
