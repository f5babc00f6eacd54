using Concord.Text.Languages.En;
using Concord.Text.Languages.Ja;
using Concord.Text.Languages.Vi;

namespace Concord.Text.Outline;

/// <summary>The outline's word lists of every language together: a Vietnamese page may carry English
/// site chrome, and an English translation keeps the Vietnamese caption it was copied with.</summary>
static class OutlineWords
{
    static readonly HashSet<string> Chrome = Set(EnOutlineWords.Chrome, ViOutlineWords.Chrome, JaOutlineWords.Chrome);
    static readonly HashSet<string> TeaserMarkers = Set(EnOutlineWords.TeaserMarkers, ViOutlineWords.TeaserMarkers, JaOutlineWords.TeaserMarkers);
    static readonly HashSet<string> ReferenceHeadings = Set(EnOutlineWords.ReferenceHeadings, ViOutlineWords.ReferenceHeadings, JaOutlineWords.ReferenceHeadings);

    public static readonly string[] CaptionMarkers = [.. EnOutlineWords.CaptionMarkers, .. ViOutlineWords.CaptionMarkers, .. JaOutlineWords.CaptionMarkers];

    static readonly string[] AnnexHeadings = [.. EnOutlineWords.AnnexHeadings, .. ViOutlineWords.AnnexHeadings, .. JaOutlineWords.AnnexHeadings];

    static readonly string[] DocumentKinds = [.. EnOutlineWords.DocumentKinds, .. ViOutlineWords.DocumentKinds, .. JaOutlineWords.DocumentKinds];

    /// <summary>Whether a line names the kind of document it heads ("Joint Statement", "Tuyên bố chung", "共同声明").</summary>
    public static bool NamesDocumentKind(string line) =>
        DocumentKinds.Any(k => line.Contains(k, StringComparison.OrdinalIgnoreCase));

    public static bool IsChrome(string paragraph) => Chrome.Contains(paragraph);

    public static bool IsTeaserMarker(string paragraph) => TeaserMarkers.Contains(paragraph.TrimEnd(':', '：'));

    public static bool IsReferenceHeading(string paragraph) => ReferenceHeadings.Contains(paragraph);

    public static bool StartsAnnex(string heading) =>
        AnnexHeadings.Any(a => heading.StartsWith(a, StringComparison.OrdinalIgnoreCase));

    static HashSet<string> Set(params string[][] lists) =>
        new(lists.SelectMany(l => l), StringComparer.OrdinalIgnoreCase);
}
