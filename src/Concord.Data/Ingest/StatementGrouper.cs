using Concord.Text.Alignment;
using Concord.Text.Extraction;

namespace Concord.Data.Ingest;

/// <summary>Sorts files into statements. A file joins the first statement whose reference version has the same
/// date (or no date to compare) and aligns well with it: most of the items of the shorter of the two are paired
/// with a sure score. The first file of each statement is its reference version. The same text given twice
/// counts once; two different texts in one language of one statement are a problem for a person to settle.</summary>
internal static class StatementGrouper
{
    /// <summary>A pairing this sure is numbering and content agreeing (other statements' items pair by numbering
    /// alone, around 0.5-0.8).</summary>
    const double SurePair = 0.8;

    /// <summary>Versions of one statement pair nearly all their items surely (0.93-1.0 on the corpus and the
    /// sample); different statements of the same shape about a third.</summary>
    const double WellAligned = 0.6;

    public static List<StatementGroup> Group(IReadOnlyList<IngestDocument> documents, List<Refusal> problems)
    {
        var groups = new List<StatementGroup>();
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (!hashes.Add(VersionHash.Of(document.Document.Text))) continue;
            var group = groups.FirstOrDefault(g => Belongs(g, document.Document));
            if (group is null)
            {
                groups.Add(new StatementGroup([document]));
                continue;
            }
            if (group.Versions.FirstOrDefault(v => v.Language == document.Language) is { } twin)
            {
                problems.Add(new("files", "TwoTextsOneLanguage", $"{twin.Document.Source} and {document.Document.Source} are two different {document.Language} texts of one statement; ingest them one at a time",
                    twin.Document.Source, document.Document.Source, document.Language));
                continue;
            }
            group.Versions.Add(document);
        }
        foreach (var group in groups) Dated(group);
        return groups;
    }

    public static bool AlignsWell(ExtractedDocument left, ExtractedDocument right) =>
        AlignsWell(left, right, StatementAligner.Align(left, right));

    public static bool AlignsWell(ExtractedDocument left, ExtractedDocument right, AlignmentResult alignment)
    {
        int smaller = Math.Min(left.Items.Count, right.Items.Count);
        if (smaller == 0) return false;
        int sure = alignment.Pairs.Where(p => p.Score >= SurePair).Select(p => p.Left).Distinct(StringComparer.Ordinal).Count();
        return (double)sure / smaller >= WellAligned;
    }

    static bool Belongs(StatementGroup group, ExtractedDocument document)
    {
        var reference = group.Versions[0].Document;
        if (group.Date is { } date && document.Date is { } other && date != other) return false;
        return AlignsWell(reference, document, group.Align(reference, document));
    }

    /// <summary>A version that does not say its date is read again with the statement's, so that "this year" in it
    /// means what it means in the others.</summary>
    static void Dated(StatementGroup group)
    {
        if (group.Date is not { } date) return;
        for (int i = 0; i < group.Versions.Count; i++)
        {
            var v = group.Versions[i];
            if (v.Document.Date is not null) continue;
            var again = StatementExtractor.Extract(v.Document.Text, new ExtractOptions(v.Document.Source, v.Document.Language, date, v.Document.Parties));
            group.Versions[i] = v with { Document = again with { Diagnostics = v.Document.Diagnostics } };
        }
    }
}
