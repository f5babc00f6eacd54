using Concord.Text;

namespace Concord.Data.Ingest;

internal sealed record PlannedText(int Version, string Path, string Label, string? Heading, string Text, TextSpan Span, double Score);
