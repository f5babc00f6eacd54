using Concord.Text.Alignment;
using Concord.Text.Extraction;

namespace Concord.Data.Ingest;

/// <summary>The versions of one statement, the reference version first: its item paths are the statement's.
/// Alignments of the reference with another version, once made, are kept for the planner.</summary>
internal sealed record StatementGroup(List<IngestDocument> Versions)
{
    public DateOnly? Date => Versions.Select(v => v.Document.Date).FirstOrDefault(d => d is not null);

    readonly List<(ExtractedDocument Reference, ExtractedDocument Other, AlignmentResult Result)> alignments = [];

    public AlignmentResult Align(ExtractedDocument reference, ExtractedDocument other)
    {
        foreach (var a in alignments)
            if (ReferenceEquals(a.Reference, reference) && ReferenceEquals(a.Other, other)) return a.Result;
        var result = StatementAligner.Align(reference, other);
        alignments.Add((reference, other, result));
        return result;
    }
}
