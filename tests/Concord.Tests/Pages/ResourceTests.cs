using System.Collections;
using System.Globalization;
using System.Resources;
using Concord.Resources;

namespace Concord.Tests.Pages;

/// <summary>Every string of the pages exists in both languages. Refusals are the one exception: their English is
/// in the code that refuses (programs read it there), so only the other languages carry "Refusal." strings.</summary>
public sealed class ResourceTests
{
    static readonly ResourceManager Resources = new("Concord.Resources.Strings", typeof(Strings).Assembly);

    static SortedSet<string> Keys(string culture, bool parents)
    {
        var set = Resources.GetResourceSet(CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: parents)!;
        return new SortedSet<string>(set.Cast<DictionaryEntry>().Select(e => (string)e.Key), StringComparer.Ordinal);
    }

    [Fact]
    public void EveryEnglishString_HasAVietnameseOne()
    {
        var english = Keys(CultureInfo.InvariantCulture.Name, parents: false);
        var vietnamese = Keys("vi", parents: false);

        Assert.Empty(english.Except(vietnamese));
        Assert.DoesNotContain(vietnamese.Except(english), k => !k.StartsWith("Refusal.", StringComparison.Ordinal));
        Assert.True(english.Count > 200);
    }

    [Fact]
    public void VietnameseRefusals_FormatWithTheirArguments()
    {
        var vi = CultureInfo.GetCultureInfo("vi");
        string said = string.Format(vi, Resources.GetString("Refusal.DeadlineEndsBeforeStart", vi)!, new DateOnly(2026, 3, 1), new DateOnly(2026, 12, 31));

        Assert.Equal("Thời hạn không thể kết thúc (01/03/2026) trước khi bắt đầu (31/12/2026).", said);
    }
}
