using Concord.Text.Segmentation;

namespace Concord.Text.Clauses;

/// <summary>
/// Splits a sentence of a subject-first language (English, Vietnamese) into clauses. An opener before the
/// subject ("In order to ..., the two sides agreed") is a clause of its own. A new clause starts at a main
/// verb after a coordinator ("..., and agreed to", "; nhất trí", "và nhất trí"), at a subject and verb after a
/// coordinator ("and that both countries will", "và hai nước sẽ"), and at a purpose ("with a view to"); never
/// at a bare comma.
/// </summary>
internal static class SubjectFirstClauses
{
    readonly record struct Boundary(int PreviousEnd, int NextStart, int SubjectStart, bool AfterPunctuation);

    public static List<ClausePiece> Split(string text, TextSpan sentence, List<Cue> cues, List<ActorHit> actors, ClauseLexicon lexicon)
    {
        var pieces = new List<ClausePiece>();
        int body = SplitOpener(text, sentence, cues, actors, lexicon, pieces);
        var current = new ClausePiece { Start = body, SubjectStart = body };
        foreach (var cue in cues)
        {
            if (cue.Start < body || cue.Kind == CueKind.Necessity)
                continue;
            if (current.Main is not null && cue.Start > current.Start
                && SplitBefore(text, cue, current, actors, lexicon) is { } boundary)
            {
                current.End = boundary.PreviousEnd;
                pieces.Add(current);
                current = new ClausePiece { Start = boundary.NextStart, SubjectStart = boundary.SubjectStart, Main = cue };
                continue;
            }
            if (current.Main is not { } main || Rank(cue.Kind) < Rank(main.Kind))
                current.Main = cue;
        }
        current.End = sentence.End;
        pieces.Add(current);
        return pieces;
    }

    // Of the cues of one clause, a main verb decides before a verb that may be a noun, and both before "will".
    static int Rank(CueKind kind) => kind switch
    {
        CueKind.Verb or CueKind.ViewVerb or CueKind.Purpose => 0,
        CueKind.AfterPunctuation => 1,
        _ => 2,
    };

    /// <summary>Adds the opener as a clause and returns where the rest of the sentence starts.</summary>
    static int SplitOpener(string text, TextSpan sentence, List<Cue> cues, List<ActorHit> actors, ClauseLexicon lexicon, List<ClausePiece> pieces)
    {
        int start = sentence.Start;
        if (!lexicon.Openers.TryMatch(text, start, sentence.End, true, out int openerEnd))
            return start;
        Cue? verb = null;
        foreach (var cue in cues)
        {
            if (cue.Start < openerEnd || cue.Kind == CueKind.Necessity) continue;
            if (cue.Kind != CueKind.Auxiliary) { verb = cue; break; }
            verb ??= cue;
        }
        if (verb is not { } main)
            return start;

        int subjectEnd = TextScan.SkipSpaceBack(text, SkipAdverbsBack(text, main.Start, openerEnd, lexicon), openerEnd);
        int end = -1, body = -1;
        if (SortedHits.EndingAt(actors, subjectEnd, openerEnd) is { } hit)
        {
            int before = TextScan.SkipSpaceBack(text, hit.Start, openerEnd);
            if (before > openerEnd && (text[before - 1] == ',' || TextScan.IsDash(text[before - 1])))
            {
                end = TextScan.TrimEnd(text, start, before, ",;-–—");
                body = hit.Start;
            }
        }
        if (body < 0)
        {
            int comma = subjectEnd > openerEnd ? text.LastIndexOf(',', subjectEnd - 1, subjectEnd - openerEnd) : -1;
            if (comma < 0) return start;
            end = TextScan.TrimEnd(text, start, comma, ",;");
            body = TextScan.SkipSpace(text, comma + 1, sentence.End);
        }
        if (end <= start || body >= sentence.End)
            return start;
        pieces.Add(new ClausePiece { Start = start, End = end, SubjectStart = start, Opener = true });
        return body;
    }

    static Boundary? SplitBefore(string text, Cue cue, ClausePiece current, List<ActorHit> actors, ClauseLexicon lexicon)
    {
        int lower = current.Start;
        int verbStart = SkipAdverbsBack(text, cue.Start, lower, lexicon);
        int subjectEnd = TextScan.SkipSpaceBack(text, verbStart, lower);
        if (cue.Kind != CueKind.Purpose && SortedHits.EndingAt(actors, subjectEnd, lower) is { } hit)
        {
            int at = hit.Start;
            int that = lexicon.Complementizers.StartOfPhraseEndingAt(text, TextScan.SkipSpaceBack(text, at, lower), lower, 2);
            if (that > lower) at = that;
            return CoordinatorBefore(text, at, lower, lexicon);
        }
        var coordinator = CoordinatorBefore(text, verbStart, lower, lexicon);
        return cue.Kind switch
        {
            CueKind.Verb or CueKind.ViewVerb => coordinator,
            CueKind.AfterPunctuation => coordinator is { AfterPunctuation: true } ? coordinator : null,
            CueKind.Purpose => coordinator ?? Bare(text, verbStart, cue.Start, lower),
            _ => null,
        };
    }

    static Boundary? Bare(string text, int at, int subjectStart, int lower)
    {
        int previousEnd = TextScan.TrimEnd(text, lower, at, ",;");
        return previousEnd > lower ? new Boundary(previousEnd, at, subjectStart, false) : null;
    }

    /// <summary>A coordinator ("and", "và", "đồng thời"), a comma or a semicolon, or both, right before
    /// <paramref name="at"/>: the previous clause ends before it and the next starts with the coordinator word.</summary>
    static Boundary? CoordinatorBefore(string text, int at, int lower, ClauseLexicon lexicon)
    {
        int end = TextScan.SkipSpaceBack(text, at, lower);
        int word = lexicon.Coordinators.StartOfPhraseEndingAt(text, end, lower, 2);
        if (word > lower)
        {
            int before = TextScan.SkipSpaceBack(text, word, lower);
            bool punctuation = before > lower && text[before - 1] is ',' or ';';
            int previousEnd = TextScan.TrimEnd(text, lower, word, ",;");
            return previousEnd > lower ? new Boundary(previousEnd, word, end, punctuation) : null;
        }
        if (end > lower && text[end - 1] is ',' or ';')
        {
            int previousEnd = TextScan.TrimEnd(text, lower, end - 1, ",;");
            int next = TextScan.SkipSpace(text, end, at + 1);
            return previousEnd > lower ? new Boundary(previousEnd, next, next, true) : null;
        }
        return null;
    }

    internal static int SkipAdverbsBack(string text, int at, int lower, ClauseLexicon lexicon)
    {
        for (int guard = 0; guard < 4; guard++)
        {
            int adverb = lexicon.Adverbs.StartOfPhraseEndingAt(text, TextScan.SkipSpaceBack(text, at, lower), lower, 2);
            if (adverb <= lower) break;
            at = adverb;
        }
        return at;
    }
}
