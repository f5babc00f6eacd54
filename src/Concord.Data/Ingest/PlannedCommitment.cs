using Concord.Text;
using Concord.Text.Dates;

namespace Concord.Data.Ingest;

internal sealed record PlannedCommitment(
    string Text,
    string Modality,
    List<(int Version, TextSpan Span, string Text)> Sources,
    List<string> Parties,
    DateMention? Deadline,
    List<PlannedTarget> Targets);
