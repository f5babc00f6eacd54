using Concord.Data.Ingest;

namespace Concord.Formats;

/// <summary>What an ingest did, statement by statement, for a person.</summary>
public static class IngestText
{
    public static void Write(TextWriter o, IngestReport report)
    {
        foreach (var s in report.Statements)
        {
            o.WriteLine($"{s.Key}: {s.Outcome} · {s.Title}");
            o.WriteLine($"  from {string.Join(", ", s.Sources)}");
            o.WriteLine($"  {s.Items} items, {s.Commitments} commitments, {s.Mechanisms} mechanisms, {s.Initiatives} programmes, projects and events");
            if (s.Outcome != "updated") continue;
            if (s.VersionsAdded.Count > 0) o.WriteLine($"  versions added: {string.Join(", ", s.VersionsAdded)}");
            if (s.VersionsChanged.Count > 0) o.WriteLine($"  versions changed: {string.Join(", ", s.VersionsChanged)}");
            o.WriteLine($"  items: {List(s.ItemsAdded)} added, {List(s.ItemsRemoved)} removed, {List(s.ItemsChanged)} changed");
            o.WriteLine($"  commitments: {s.CommitmentsAdded} added, {s.CommitmentsRemoved} removed, {s.CommitmentsKept} kept");
            if (s.CommitmentsUnmatched.Count == 0) continue;
            o.WriteLine($"  no longer in the text but tracked, kept for you to settle:");
            foreach (var text in s.CommitmentsUnmatched) o.WriteLine($"    {Clip.To(text, 90)}");
        }
    }

    static string List(List<string> paths) => paths.Count == 0 ? "0" : $"{paths.Count} ({string.Join(", ", paths)})";
}
