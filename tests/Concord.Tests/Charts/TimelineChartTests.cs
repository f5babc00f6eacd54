using System.Globalization;
using Concord.Data.Register;
using Concord.Data.Tracking;
using Concord.Features.Charts;
using static Concord.Tests.Charts.SvgAssert;

namespace Concord.Tests.Charts;

public sealed class TimelineChartTests
{
    static readonly DateOnly Today = new(2026, 6, 15);

    static TimelineRow Deadline(int id, string label, DateOnly window, DateOnly end, CommitmentStatus status, DeadlineState state) =>
        new(TimelineKind.Deadline, id, "s", "Tuyên bố", $"1.{id}", "1", label, new DateOnly(2025, 4, 28), window, end, "", status, state, [], []);

    static readonly TimelineRow[] Rows =
    [
        Deadline(1, "ký kết hiệp định <thương mại>", new(2026, 1, 1), new(2026, 3, 31), CommitmentStatus.InProgress, DeadlineState.Overdue),
        Deadline(2, "khai trương văn phòng du lịch", new(2026, 7, 1), new(2026, 7, 1), CommitmentStatus.InProgress, DeadlineState.DueSoon),
        Deadline(3, "hoàn thành nghiên cứu khả thi", new(2025, 1, 1), new(2025, 12, 31), CommitmentStatus.Completed, DeadlineState.Closed),
        Deadline(4, "đón 2 triệu lượt khách mỗi năm", new(2027, 1, 1), new(2027, 12, 31), CommitmentStatus.NotStarted, DeadlineState.Open),
        new(TimelineKind.Event, 9, "s", "Tuyên bố", "2", "2", "Lễ hội Văn hóa Đà Nẵng", new(2026, 10, 17), new(2026, 10, 17), new(2026, 10, 17), "", null, DeadlineState.None, [], []),
    ];

    static readonly TimelineChartLabels Vi = new("Dòng thời gian cam kết", "5 mục, 1 quá hạn.", "Hôm nay", new Dictionary<ChartBand, string>
    {
        [ChartBand.Overdue] = "Quá hạn", [ChartBand.DueSoon] = "Sắp đến hạn", [ChartBand.Completed] = "Hoàn thành",
        [ChartBand.NotStarted] = "Chưa bắt đầu", [ChartBand.Event] = "Sự kiện",
    });

    [Fact]
    public void Render_Rows_GivesOneLabelledGroupPerRowInsideTheViewBox()
    {
        var root = Parse(TimelineChart.Render(Rows, Vi, CultureInfo.GetCultureInfo("vi-VN"), Today));

        InsideViewBox(root);
        var groups = root.Elements(Ns + "g").ToList();
        Assert.Equal(5, groups.Count);
        Assert.Equal("1.1 · ký kết hiệp định <thương mại> — Quá hạn, 01/01/2026 – 31/03/2026", groups[0].Element(Ns + "title")!.Value);
        Assert.Equal("2 · Lễ hội Văn hóa Đà Nẵng — Sự kiện, 17/10/2026", groups[4].Element(Ns + "title")!.Value);
        Assert.Contains("Hôm nay 15/06/2026", Texts(root));
    }

    [Fact]
    public void Render_Legend_NamesEachBandShownAndPatternsAreDefinedForThoseThatUseThem()
    {
        var root = Parse(TimelineChart.Render(Rows, Vi, CultureInfo.GetCultureInfo("vi-VN"), Today, id: "tl"));

        var texts = Texts(root);
        foreach (var name in new[] { "Quá hạn", "Sắp đến hạn", "Hoàn thành", "Chưa bắt đầu", "Sự kiện" }) Assert.Contains(name, texts);
        var ids = root.Descendants(Ns + "pattern").Select(p => (string)p.Attribute("id")!).ToHashSet();
        var used = root.Descendants().Select(e => (string?)e.Attribute("fill")).Where(f => f?.StartsWith("url(#", StringComparison.Ordinal) == true)
            .Select(f => f![5..^1]).ToHashSet();
        Assert.Contains("tl-overdue", used);
        Assert.Subset(ids, used);
    }

    [Fact]
    public void Render_TodayLine_LiesBetweenTheTicksOfItsYear()
    {
        var root = Parse(TimelineChart.Render(Rows, Vi, CultureInfo.GetCultureInfo("vi-VN"), Today));

        var today = root.Elements(Ns + "line").Single(l => (string?)l.Attribute("stroke") == "#b3261e");
        var ticks = root.Elements(Ns + "text").Where(t => t.Value is "2026" or "2027").ToDictionary(t => t.Value, t => Num(t, "x"));
        Assert.InRange(Num(today, "x1"), ticks["2026"], ticks["2027"]);
    }

    [Fact]
    public void Render_Links_AreEncodedAndEmptyRowsStillGiveAValidChart()
    {
        string svg = TimelineChart.Render(Rows, Vi, CultureInfo.GetCultureInfo("en-GB"), Today, r => $"/commitments/{r.Id}?a=1&b=2");
        var root = Parse(svg);
        var empty = Parse(TimelineChart.Render([], Vi, CultureInfo.GetCultureInfo("vi-VN"), Today));

        Assert.Contains("/commitments/1?a=1&b=2", root.Descendants(Ns + "a").Select(a => (string?)a.Attribute("href")));
        Assert.Contains("&amp;b=2", svg, StringComparison.Ordinal);
        InsideViewBox(empty);
    }

    [Fact]
    public void BandOf_OverdueAndDueSoonTakeThePlaceOfTheOpenStatus()
    {
        Assert.Equal([ChartBand.Overdue, ChartBand.DueSoon, ChartBand.Completed, ChartBand.NotStarted, ChartBand.Event], Rows.Select(TimelineChart.BandOf));
    }
}
