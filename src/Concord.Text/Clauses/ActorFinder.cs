using Concord.Text.Entities;
using Concord.Text.Languages.Ja;
using Concord.Text.Outline;
using Concord.Text.Segmentation;

namespace Concord.Text.Clauses;

/// <summary>Finds in a sentence the phrases that can be subjects: the two sides, a party, a person with their
/// title, a named body. A party right after a preposition ("between the two countries"), in a possessive
/// ("Japan's") or inside a compound name ("Việt Nam-Japan", "Japan Bank ...") is not a subject.</summary>
internal static class ActorFinder
{
    static readonly PhraseTrie<bool> JaTitles = new(JaClauseActors.TitleSuffixes.Select(t => (t, true)));

    public static List<ActorHit> Find(string text, TextSpan sentence, ClauseLexicon lexicon)
    {
        var hits = new List<ActorHit>();
        if (lexicon.WholeWords) FindSpaced(text, sentence, lexicon, hits);
        else FindUnspaced(text, sentence, lexicon, hits);

        foreach (var person in PersonNames.Find(text, sentence, lexicon.Language))
            hits.Add(new ActorHit(person.TitleStart, person.End, TextScan.Collapse(text, person.TitleStart, person.End)));
        foreach (var entity in EntityRecognizer.Recognize(text, sentence, lexicon.Language, ItemKind.Item))
        {
            if (entity.Type == EntityType.Organisation && !AfterPreposition(text, entity.Span.Start, sentence.Start, lexicon))
                hits.Add(new ActorHit(entity.Span.Start, entity.Span.End, TextScan.Collapse(text, entity.Span.Start, entity.Span.End)));
        }
        return WithoutOverlaps(hits);
    }

    static void FindSpaced(string text, TextSpan sentence, ClauseLexicon lexicon, List<ActorHit> hits)
    {
        for (int i = sentence.Start; i < sentence.End; i++)
        {
            if (!TextScan.IsWordStart(text, i, sentence.Start)
                || !lexicon.Actors.TryMatch(text, i, sentence.End, true, out int end, out var actor))
                continue;
            if (IsSubject(text, i, end, sentence, lexicon, actor))
                hits.Add(new ActorHit(i, end, actor));
            i = end - 1;
        }
    }

    static bool IsSubject(string text, int start, int end, TextSpan sentence, ClauseLexicon lexicon, string actor)
    {
        if (AfterPreposition(text, start, sentence.Start, lexicon))
            return false;
        if (end + 1 < sentence.End && text[end] is '\'' or '’' && text[end + 1] is 's' or 'S')
            return false;
        if (!lexicon.Countries.Contains(actor))
            return true;
        // A party inside a compound ("Việt Nam-Japan", "Mekong - Nhật Bản") or naming a body ("Japan Bank for
        // International Cooperation", which is found as an entity) is not a subject.
        int before = TextScan.SkipSpaceBack(text, start, sentence.Start);
        int after = TextScan.SkipSpace(text, end, sentence.End);
        return !(before > sentence.Start && TextScan.IsDash(text[before - 1])
            || after < sentence.End && TextScan.IsDash(text[after])
            || after > end && TextScan.IsUpperStart(text, after));
    }

    static bool AfterPreposition(string text, int start, int lowerBound, ClauseLexicon lexicon) =>
        lexicon.WholeWords && lexicon.Prepositions.StartOfPhraseEndingAt(text, TextScan.SkipSpaceBack(text, start, lowerBound), lowerBound, 1) >= 0;

    static void FindUnspaced(string text, TextSpan sentence, ClauseLexicon lexicon, List<ActorHit> hits)
    {
        for (int i = sentence.Start; i < sentence.End; i++)
        {
            if (lexicon.Actors.TryMatch(text, i, sentence.End, false, out int end, out var actor))
            {
                // A party inside a compound name ("アウレリア・ノルヴァニア・ビジネスフォーラム") is not a subject.
                if (!(lexicon.Countries.Contains(actor) && (i > sentence.Start && text[i - 1] == '・' || end < sentence.End && text[end] == '・')))
                    hits.Add(new ActorHit(i, end, actor));
                i = end - 1;
                continue;
            }
            if (!JaTitles.TryMatch(text, i, sentence.End, false, out int titleEnd))
                continue;
            int name = i;
            while (name > sentence.Start && i - name < 12 && (TextScan.IsKanji(text[name - 1]) || text[name - 1] is '・' or 'ー'
                || TextScan.IsKana(text[name - 1]) && !TextScan.IsHiragana(text[name - 1])))
                name--;
            if (name < i)
                hits.Add(new ActorHit(name, titleEnd, text[name..titleEnd]));
            i = titleEnd - 1;
        }
    }

    static List<ActorHit> WithoutOverlaps(List<ActorHit> hits)
    {
        hits.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var kept = new List<ActorHit>(hits.Count);
        foreach (var hit in hits)
        {
            if (kept.Count > 0 && hit.Start < kept[^1].End)
            {
                // Of two overlapping phrases the longer is the subject: "Thủ tướng Nhật Bản Ishiba Shigeru".
                if (hit.End - hit.Start > kept[^1].End - kept[^1].Start) kept[^1] = hit;
                continue;
            }
            kept.Add(hit);
        }
        return kept;
    }
}
