namespace Concord.Text.Alignment;

/// <summary>
/// Numbers written in digits that no recognizer took for a quantity or a date, and that the other side
/// does not have at all: "Global Goals 2030" in one version, a bare "P4G Summit" in the other. Numbers
/// in names, ordinals and lists are often how a version shows it left something out. The other side
/// "has" a number when it writes the digits anywhere in the pairing, or a word for it ("third",
/// "lần thứ 3"), so a number only one side spells out is not reported.
/// </summary>
internal static class NumberComparison
{
    public static void Compare(PairSide side, PairSide other, AnchorKeys keys, List<AlignmentIssue> issues)
    {
        var reported = new HashSet<int>();
        foreach (var item in side.Items)
        {
            foreach (var o in item.Occurrences)
            {
                if (keys.KindOf(o.Id) != AnchorKind.Number || o.Length == 0 || !TextFold.IsDigit(side.Text[o.Position])) continue;
                var span = new TextSpan(o.Position, o.Position + o.Length);
                if (other.HasAnchor(o.Id) || Recognised(side, span) || !reported.Add(o.Id)) continue;
                issues.Add(new(AlignmentIssueKinds.NumberMismatch,
                    $"{span.Of(side.Text)} (\"{IssueText.Around(side.Text, span)}\") in {side.Label} has no counterpart in {other.Label}"));
            }
        }
    }

    /// <summary>Inside a quantity or date: those are compared by value, not by their digits.</summary>
    static bool Recognised(PairSide side, TextSpan span)
    {
        foreach (var q in side.Quantities)
            if (q.Span.Overlaps(span)) return true;
        foreach (var d in side.Dates)
            if (d.Span.Overlaps(span)) return true;
        return false;
    }
}
