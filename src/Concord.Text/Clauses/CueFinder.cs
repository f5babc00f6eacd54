using Concord.Text.Segmentation;

namespace Concord.Text.Clauses;

/// <summary>Finds the cue phrases of a sentence in one pass, leaving out what stands in brackets or quotes
/// (a quoted title is not a pledge).</summary>
internal static class CueFinder
{
    public static List<Cue> Find(string text, TextSpan sentence, ClauseLexicon lexicon)
    {
        var cues = new List<Cue>();
        var quoted = QuotedRanges(text, sentence);
        int q = 0;
        bool whole = lexicon.WholeWords;
        for (int i = sentence.Start; i < sentence.End; i++)
        {
            while (q < quoted.Count && quoted[q].End <= i) q++;
            if (q < quoted.Count && quoted[q].Start <= i)
            {
                i = quoted[q].End - 1;
                continue;
            }
            if (whole && !TextScan.IsWordStart(text, i, sentence.Start))
                continue;
            if (!lexicon.Cues.TryMatch(text, i, sentence.End, whole, out int end, out var word))
                continue;
            if (whole && IsBlocked(text, i, sentence.Start, lexicon))
                continue;
            cues.Add(new Cue(i, end, word.Modality, word.Kind));
            i = end - 1;
        }
        return cues;
    }

    /// <summary>Whether the word before a cue makes it an adjective or a noun: "as agreed", "the agreed
    /// vision", "các cam kết". Only a lower-case word does: "Nguyễn Văn An expressed" is a name and a verb.</summary>
    static bool IsBlocked(string text, int cue, int start, ClauseLexicon lexicon)
    {
        int before = lexicon.CueBlockers.StartOfPhraseEndingAt(text, TextScan.SkipSpaceBack(text, cue, start), start, 1);
        return before >= 0 && char.IsLower(text[before]);
    }

    /// <summary>The outermost bracketed or quoted ranges that close within the sentence, brackets included.</summary>
    static List<TextSpan> QuotedRanges(string text, TextSpan sentence)
    {
        var ranges = new List<TextSpan>();
        Span<int> open = stackalloc int[16];
        Span<char> close = stackalloc char[16];
        int depth = 0;
        for (int i = sentence.Start; i < sentence.End; i++)
        {
            char c = text[i];
            char closer = c switch { '(' => ')', '[' => ']', '“' => '”', '「' => '」', '『' => '』', '（' => '）', '«' => '»', _ => '\0' };
            if (c == '"' && depth > 0 && close[depth - 1] == '"')
                closer = '\0';
            else if (c == '"')
                closer = '"';
            if (closer != '\0')
            {
                if (depth < open.Length)
                {
                    open[depth] = i;
                    close[depth] = closer;
                    depth++;
                }
                continue;
            }
            for (int level = depth - 1; level >= 0; level--)
            {
                if (close[level] != c) continue;
                depth = level;
                if (depth == 0) ranges.Add(new TextSpan(open[0], i + 1));
                break;
            }
        }
        return ranges;
    }
}
