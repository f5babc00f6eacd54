using Concord.Text.Entities;
using Concord.Text.Outline;
using Concord.Text.Tests.Clauses;

namespace Concord.Text.Tests.Entities;

public sealed class EntityRecognizerTests
{
    static IReadOnlyList<Entity> Find(string text, Language language = Language.En, ItemKind kind = ItemKind.Item) =>
        EntityRecognizer.Recognize(text, new TextSpan(0, text.Length), language, kind);

    [Theory]
    [InlineData("Bạc Liêu offshore wind power project. — VNS", "Bạc Liêu offshore wind power project")]
    [InlineData("Cà Mau gas-to-power project chain (TTXVN)", "Cà Mau gas-to-power project chain")]
    [InlineData("  Project to upgrade the Cần Thơ water plant.  ", "Project to upgrade the Cần Thơ water plant")]
    [InlineData("Solar rooftops for public schools", "Solar rooftops for public schools")]
    public void Recognize_AnnexEntry_IsOneProjectWithoutBylineOrFullStop(string entry, string expected)
    {
        var projects = Find(entry, kind: ItemKind.AnnexEntry).Where(e => e.Type == EntityType.Project).ToList();

        var project = Assert.Single(projects);
        Assert.Equal(expected, project.Text);
    }

    [Fact]
    public void Recognize_SameTextAsAnItem_IsNotAProjectOfItsOwn()
    {
        Assert.DoesNotContain(Find("Solar rooftops for public schools"), e => e.Type == EntityType.Project);
    }

    [Fact]
    public void Recognize_AnnexEntryInVietnamese_IsOneProject()
    {
        var project = Assert.Single(Find("Dự án điện gió ngoài khơi Bạc Liêu.", Language.Vi, ItemKind.AnnexEntry));

        Assert.Equal("Dự án điện gió ngoài khơi Bạc Liêu", project.Text);
        Assert.Equal(EntityType.Project, project.Type);
    }

    [Fact]
    public void Recognize_RangeInsideALongerText_FindsOnlyWithinIt()
    {
        const string text = "The Joint Committee met. The Mekong Youth Leaders Programme grew.";
        int second = text.IndexOf("The Mekong", StringComparison.Ordinal);

        var entity = Assert.Single(EntityRecognizer.Recognize(text, new TextSpan(second, text.Length), Language.En, ItemKind.Item));

        Assert.Equal("Mekong Youth Leaders Programme", entity.Text);
    }

    [Theory]
    [InlineData(-3, 10)]
    [InlineData(5, 2)]
    [InlineData(100, 200)]
    public void Recognize_RangeOutsideTheText_DoesNotThrow(int start, int end)
    {
        const string text = "JICA and ASEAN met.";

        var entities = EntityRecognizer.Recognize(text, new TextSpan(start, end), Language.En, ItemKind.AnnexEntry);

        Assert.All(entities, e => Assert.Equal(e.Span.Of(text), e.Text));
    }

    public static TheoryData<Language, string[]> DialogueMechanisms => new()
    {
        {
            Language.En,
            [
                "Việt Nam-Japan Cooperation Committee", "Joint Committee on Trade, Energy and Industry",
                "Việt Nam-Japan Joint Committee on Science and Technology", "Việt Nam-Japan Joint Initiative in the New Era",
                "Việt Nam-Japan Agricultural Cooperation Dialogue", "Việt Nam-Japan Deputy Ministerial-level Security Dialogue",
                "Việt Nam-Japan Deputy Ministerial-level Defence Dialogue", "Việt Nam-Japan Maritime Policy Dialogue",
                "Việt Nam-Japan Maritime Dialogue", "Joint Committee on Science and Technology", "Maritime Dialogue mechanism",
            ]
        },
        {
            Language.Vi,
            [
                // A few of the names only: the full list would spell out the statement's own wording.
                "Ủy ban hợp tác Việt Nam - Nhật Bản", "Đối thoại biển", "Đối thoại an ninh cấp Thứ trưởng Việt - Nhật",
            ]
        },
    };

    // The Vietnamese text has no-break spaces around some dashes; names are compared with their spaces collapsed.
    [Theory]
    [MemberData(nameof(DialogueMechanisms))]
    public void Recognize_CorpusDialogueItem_FindsEveryMechanism(Language language, string[] expected)
    {
        var text = CorpusParagraphs.Text(language);
        var first = CorpusParagraphs.All(language).First(p => text.AsSpan(p.Start).StartsWith("(2) ") && p.Start > text.IndexOf("3. ", StringComparison.Ordinal));
        var paragraphs = language == Language.Vi ? [first, CorpusParagraphs.All(language).First(p => p.Start > first.End)] : new[] { first };

        var mechanisms = paragraphs
            .SelectMany(p => EntityRecognizer.Recognize(text, p, language, ItemKind.Item))
            .Where(e => e.Type == EntityType.Mechanism)
            .Select(e => string.Join(' ', e.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .ToList();

        Assert.All(expected, name => Assert.Contains(name, mechanisms));
    }
}
