using System.Globalization;

namespace Concord.Text.Checking;

/// <summary>
/// Gives one claim its verdict: its figures and dates are checked first (a difference contradicts, overstates or
/// understates; a figure the statement lacks puts the claim outside it); a claim with neither is judged by how
/// much of it the best item says. A weak link gives "unsure" rather than a guess.
/// </summary>
internal sealed class ClaimJudge(StatementIndex index, string articleText, CheckLexicon articleLexicon)
{
    const double MinLink = 0.1;

    // Two capitalised words may be a spelt-out acronym the statement only abbreviates; three are a name it lacks.
    const int MinUnknownNames = 3;

    readonly ClaimLinker linker = new(index);

    public CheckedClaim Judge(Claim claim)
    {
        var context = new CheckContext(index, articleText, articleLexicon) { Claim = claim };
        context.Scores = linker.Score(articleText, claim, articleLexicon);
        var links = Links(context);
        double top = links.Count > 0 ? links[0].Score : 0;
        int foundQ = 0, absentQ = 0, foundD = 0, absentD = 0, weakD = 0;
        double factScore = 0;
        foreach (var q in claim.Quantities)
        {
            var outcome = QuantityCheck.Check(context, q);
            if (outcome.Found) { foundQ++; factScore = Math.Max(factScore, outcome.Score); }
            else absentQ++;
        }
        foreach (var d in claim.Dates)
        {
            var outcome = DateCheck.Check(context, d);
            // A date supports only in an item the claim speaks of: "in 2023" is in many items about other things.
            if (outcome.Found && IsPrimary(context, outcome.Item))
            {
                foundD++;
                factScore = Math.Max(factScore, outcome.Score);
            }
            else if (outcome.Found && outcome.Note == DateCheck.Other) foundD++;
            else
            {
                absentD++;
                if (outcome.Weak || outcome.Found) weakD++;
            }
        }
        CheckDecision(context, links);
        double score = Math.Max(top, factScore);
        var (verdict, confidence, because, reason) = Decide(context, score, factScore, foundQ, absentQ, foundD, absentD, weakD);
        var text = claim.Span.Of(articleText);
        return new CheckedClaim(text, claim.Span, verdict, Math.Round(confidence, 2), links, context.Differences, reason, because);
    }

    (Verdict, double, ClaimReason, string) Decide(CheckContext context, double score, double factScore, int foundQ, int absentQ, int foundD, int absentD, int weakD)
    {
        var differences = context.Differences;
        if (differences.Find(d => d.Kind is DifferenceKind.Figure or DifferenceKind.Date or DifferenceKind.Scope or DifferenceKind.Party) is { } c)
            return score >= CheckContext.Weak
                ? (Verdict.Contradicted, Strength(score), ClaimReason.Differs, $"{Name(c.Kind)} differs from {c.Path}: {c.Detail}")
                : (Verdict.Unsure, 0.4, ClaimReason.MayDiffer, $"{c.Path} may differ ({c.Detail}), but the link is weak");
        if (differences.Find(d => d.Kind is DifferenceKind.Achievement or DifferenceKind.Decision
                || (d.Kind == DifferenceKind.Hedge && IsOver(d))) is { } o)
            return (Verdict.Overstated, Strength(score), ClaimReason.SaysMore, $"says more than {o.Path}: {o.Detail}");
        if (differences.Find(d => d.Kind == DifferenceKind.Hedge) is { } u)
            return (Verdict.Understated, Strength(score), ClaimReason.SaysLess, $"says less than {u.Path}: {u.Detail}");
        if (absentQ > 0)
            return foundQ > 0
                ? (Verdict.Unsure, 0.4, ClaimReason.SomeFiguresAbsent, "some of its figures are in the statement, others are not")
                : (Verdict.NotInStatement, Absence(score), ClaimReason.FigureAbsent, "its figure is not in the statement");
        // A date of the visit does not make a meeting with someone the statement never names part of it.
        if (HasUnknownNames(context) && foundQ == 0 && score < CheckContext.Strong)
            return (Verdict.NotInStatement, Absence(score), ClaimReason.NamesAbsent, "the statement does not name who or what it is about");
        if (absentD > 0 && foundQ == 0 && foundD == 0)
            return weakD > 0
                ? (Verdict.Unsure, 0.4, ClaimReason.DateWeaklyLinked, "its date is in an item it is only weakly linked to")
                : (Verdict.NotInStatement, Absence(score), ClaimReason.DateAbsent, "its date is not in the statement");
        bool facts = foundQ + foundD > 0;
        if (facts && factScore >= CheckContext.Weak)
            return (Verdict.Supported, Support(factScore), ClaimReason.FactsFound, "its figures and dates are in the statement");
        if (score >= CheckContext.Strong)
            return (Verdict.Supported, Support(score), ClaimReason.Said, "the statement says it");
        if (score < MinLink * 1.5)
            return (Verdict.NotInStatement, Absence(score), ClaimReason.NotSpokenOf, "the statement does not speak of it");
        return (Verdict.Unsure, 0.3 + score, ClaimReason.PartlyLike, "only partly like anything in the statement");
    }

    /// <summary>The item the claim is most strongly linked to in some version.</summary>
    bool IsPrimary(CheckContext context, int item)
    {
        for (int v = 0; v < index.Versions.Count; v++)
            if (context.Scores.Best(index, v) is { } best && best.Item == item) return true;
        return false;
    }

    static bool IsOver(ClaimDifference d) =>
        d.Detail.StartsWith("more than", StringComparison.Ordinal) || d.Detail.StartsWith("at least", StringComparison.Ordinal)
        || d.Detail.StartsWith("exactly vs up to", StringComparison.Ordinal) || d.Detail.StartsWith("exactly vs less", StringComparison.Ordinal);

    /// <summary>A study, consideration or exploration in the statement reported as a decision.</summary>
    void CheckDecision(CheckContext context, List<ClaimLink> links)
    {
        if (links.Count == 0 || links[0].Score < CheckContext.Weak) return;
        var claimCues = articleLexicon.CuesIn(articleText, context.Claim.Span);
        if (!claimCues.HasFlag(CheckCues.Decided) || claimCues.HasFlag(CheckCues.Study)) return;
        var link = links[0];
        int sentence = SentenceAt(link);
        var doc = index.Versions[link.Version];
        var statedCues = CheckLexicon.For(doc.Language).CuesIn(doc.Text, link.Sentence);
        if (statedCues.HasFlag(CheckCues.Study) && !statedCues.HasFlag(CheckCues.Decided))
            context.Differ(DifferenceKind.Decision, context.Claim.Span, sentence, link.Sentence, "reported as decided; to be studied in the statement");
    }

    int SentenceAt(ClaimLink link)
    {
        for (int s = 0; s < index.Sentences.Count; s++)
            if (index.Sentences[s].Version == link.Version && index.Sentences[s].Span == link.Sentence) return s;
        return 0;
    }

    /// <summary>A name of the claim that no version mentions: the claim is about someone or something else.</summary>
    bool HasUnknownNames(CheckContext context)
    {
        int unknown = 0;
        foreach (var o in context.Scores.Occurrences)
            if (index.Keys.KeyOf(o.Id)[0] == 't' && index.Weight(o.Id) == 0 && o.Position > context.Claim.Span.Start + 1) unknown++;
        return unknown >= MinUnknownNames;
    }

    List<ClaimLink> Links(CheckContext context)
    {
        var links = new List<ClaimLink>();
        for (int v = 0; v < index.Versions.Count; v++)
        {
            if (context.Scores.Best(index, v) is not { } best || best.Score < MinLink) continue;
            var (_, item) = index.Items[best.Item];
            var sentence = index.Sentences[best.Sentence];
            links.Add(new ClaimLink(v, item.Path, item.Outline.Span, sentence.Span, Math.Round(best.Score, 2), Matches(context, sentence)));
        }
        links.Sort((a, b) => b.Score.CompareTo(a.Score));
        if (links.Count > 1) links.RemoveAll(l => l.Score < links[0].Score * 0.5);
        return links;
    }

    List<MatchedSpan> Matches(CheckContext context, IndexedSentence sentence)
    {
        var matches = new List<MatchedSpan>();
        var used = new HashSet<int>();
        var claimed = new HashSet<TextSpan>();
        foreach (var o in sentence.Occurrences)
        {
            if (!context.Scores.Anchors.Contains(o.Id) || index.Weight(o.Id) == 0 || !used.Add(o.Id)) continue;
            foreach (var c in context.Scores.Occurrences)
            {
                var span = new TextSpan(c.Position, c.Position + c.Length);
                if (c.Id != o.Id || !claimed.Add(span)) continue;
                matches.Add(new MatchedSpan(span, new TextSpan(o.Position, o.Position + o.Length)));
                break;
            }
        }
        matches.Sort((a, b) => a.Statement.Start.CompareTo(b.Statement.Start));
        return matches;
    }

    static double Strength(double score) => 0.4 + 0.6 * Math.Min(1, score / 0.6);

    static double Support(double score) => 0.5 + 0.5 * Math.Min(1, score / 0.8);

    static double Absence(double score) => Math.Clamp(1 - score, 0.3, 0.95);

    static string Name(DifferenceKind kind) => kind.ToString().ToLower(CultureInfo.InvariantCulture) switch
    {
        "figure" => "the figure",
        "date" => "the date",
        "scope" => "what is counted",
        "party" => "whose it is",
        var other => other,
    };
}
