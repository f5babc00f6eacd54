using Concord.Text.Parties;
using Concord.Text.Segmentation;

namespace Concord.Text.Clauses;

public static class ClauseRecognizer
{
    /// <summary>Splits the text within <paramref name="range"/> into clauses with their modality and actors.</summary>
    /// <remarks>Sentence by sentence: "The two Prime Ministers welcomed the results of and agreed to widen ..."
    /// gives a welcome then a commitment, both by "both". A clause without its own subject has the sentence's,
    /// and "They" the previous sentence's. Clauses are in order, do not overlap and together cover the sentences
    /// but for the punctuation between them.</remarks>
    /// <param name="parties">The statement's parties: "Norvania will host ..." is "Norvania", "Aurelia and
    /// Norvania will ..." is "both". Without them the known countries ("Japan", "Việt Nam", ...) are the parties.</param>
    public static IReadOnlyList<Clause> Recognize(string text, TextSpan range, Language language, IReadOnlyList<Party>? parties = null) =>
        string.IsNullOrEmpty(text) ? [] : Recognize(text, range, ClauseLexicon.For(language, parties, text));

    /// <summary>With the tables of a document built once for all its paragraphs.</summary>
    internal static IReadOnlyList<Clause> Recognize(string text, TextSpan range, ClauseLexicon lexicon)
    {
        if (string.IsNullOrEmpty(text))
            return [];
        int start = Math.Clamp(range.Start, 0, text.Length);
        int end = Math.Clamp(range.End, start, text.Length);
        var clauses = new List<Clause>();
        IReadOnlyList<string> previous = [];
        foreach (var sentence in SentenceSplitter.Split(text, new TextSpan(start, end)))
        {
            var cues = CueFinder.Find(text, sentence, lexicon);
            var actors = ActorFinder.Find(text, sentence, lexicon);
            var pieces = lexicon.WholeWords
                ? SubjectFirstClauses.Split(text, sentence, cues, actors, lexicon)
                : VerbFinalClauses.Split(text, sentence, cues);
            previous = Add(text, pieces, cues, actors, lexicon, previous, clauses);
        }
        return clauses;
    }

    /// <summary>Adds the clauses of one sentence and returns the actors a "They" in the next sentence stands for.</summary>
    static IReadOnlyList<string> Add(string text, List<ClausePiece> pieces, List<Cue> cues, List<ActorHit> actors,
        ClauseLexicon lexicon, IReadOnlyList<string> previous, List<Clause> clauses)
    {
        var own = new IReadOnlyList<string>?[pieces.Count];
        IReadOnlyList<string>? subject = null;
        for (int i = 0; i < pieces.Count; i++)
        {
            own[i] = ClauseSubjects.Own(text, pieces[i], actors, lexicon, subject ?? previous);
            subject ??= own[i];
        }
        foreach (var (piece, index) in pieces.Select((p, i) => (p, i)))
        {
            int start = TextScan.SkipSpace(text, piece.Start, piece.End);
            int end = TextScan.SkipSpaceBack(text, piece.End, start);
            if (end <= start) continue;
            var modality = lexicon.WholeWords
                ? ClauseModality.Of(text, piece, cues, actors, lexicon)
                : JapaneseModality(text, piece, cues);
            var span = new TextSpan(start, end);
            clauses.Add(new Clause(span.Of(text), span, modality, own[index] ?? subject ?? []));
        }
        return subject is { Count: > 0 } ? subject : previous;
    }

    static Modality JapaneseModality(string text, ClausePiece piece, List<Cue> cues)
    {
        if (piece.Opener) return Modality.Context;
        if (piece.Main is not { } main)
            return VerbFinalClauses.EndsAsPledge(text, piece) ? Modality.Commitment : Modality.Context;
        if (main.Kind == CueKind.ViewVerb)
            for (int i = SortedHits.FirstCue(cues, piece.Start); i < cues.Count && cues[i].End <= main.Start; i++)
                if (cues[i].Kind == CueKind.Necessity)
                    return Modality.Context;
        return main.Modality;
    }
}
