using Concord.Text;

namespace Concord.Data.Ingest;

/// <summary>A name an item's version mentions: a mechanism (Kind "mechanism") or an initiative ("programme",
/// "project", "event"), with its name in the other language when the versions pair them, and a mechanism's
/// cadence when the text gives one.</summary>
internal sealed record PlannedMention(int Version, TextSpan Span, string Text, string Kind, string Name)
{
    public string? OtherName { get; set; }
    public int? CadenceMonths { get; init; }
}
