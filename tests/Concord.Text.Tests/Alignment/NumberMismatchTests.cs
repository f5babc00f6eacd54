using Concord.Text.Alignment;

namespace Concord.Text.Tests.Alignment;

public sealed class NumberMismatchTests
{
    static string[] NumberIssues(string english, string vietnamese)
    {
        var left = new TestDocument(Language.En).Item("6", english).Build();
        var right = new TestDocument(Language.Vi).Item("6", vietnamese).Build();
        var pair = Assert.Single(StatementAligner.Align(left, right).Pairs);
        return [.. pair.Issues.Where(i => i.Kind == AlignmentIssueKinds.NumberMismatch).Select(i => i.Detail)];
    }

    [Fact]
    public void Number_InANameOnOneSideOnly_IsReportedWithItsWords()
    {
        var issues = NumberIssues(
            "The Prime Minister praised Thule for hosting the Blue Ocean 2040 Summit in Kobe.",
            "Thủ tướng đánh giá cao việc Thule tổ chức Hội nghị Thượng đỉnh Blue Ocean tại Kobe.");

        Assert.Equal(["2040 (\"the Blue Ocean 2040 Summit\") in en 6 has no counterpart in vi 6"], issues);
    }

    [Fact]
    public void Number_SpelledOutOnTheOtherSide_IsNotReported()
    {
        var issues = NumberIssues(
            "The two sides will hold the third meeting of the Joint Committee in Kobe.",
            "Hai bên sẽ tổ chức phiên họp lần thứ 3 của Ủy ban hỗn hợp tại Kobe.");

        Assert.Empty(issues);
    }

    [Fact]
    public void Numbers_OfAListWrittenWithOrWithoutSpaces_AreTheSame()
    {
        var issues = NumberIssues(
            "Cooperation in each field is set out in points 3, 4, 5 and 6 below.",
            "Hợp tác trong từng lĩnh vực được nêu tại các điểm 3,4,5,6 dưới đây.");

        Assert.Empty(issues);
    }

    [Fact]
    public void Number_InsideARecognisedQuantity_IsLeftToTheQuantityComparison()
    {
        var left = new TestDocument(Language.En).Item("6", "Japan will lend 300 engines.", m => m.Quantity("300 engines", 300)).Build();
        var right = new TestDocument(Language.Vi).Item("6", "Nhật Bản sẽ cho vay động cơ.").Build();

        var pair = Assert.Single(StatementAligner.Align(left, right).Pairs);

        Assert.DoesNotContain(pair.Issues, i => i.Kind == AlignmentIssueKinds.NumberMismatch);
        Assert.Contains(pair.Issues, i => i.Kind == AlignmentIssueKinds.QuantityMismatch);
    }
}
