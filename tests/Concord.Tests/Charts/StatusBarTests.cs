using System.Globalization;
using Concord.Features.Charts;
using static Concord.Tests.Charts.SvgAssert;

namespace Concord.Tests.Charts;

public sealed class StatusBarTests
{
    [Fact]
    public void Render_Counts_SharesTheWidthAndSaysEachCountInTheCulture()
    {
        StatusBarSegment[] segments =
        [
            new(ChartBand.Completed, "Hoàn thành", 1234), new(ChartBand.Overdue, "Quá hạn", 766), new(ChartBand.Stalled, "Đình trệ", 0),
        ];

        var root = Parse(StatusBar.Render(segments, "Cam kết theo trạng thái", CultureInfo.GetCultureInfo("vi-VN")));

        InsideViewBox(root);
        Assert.Equal("Cam kết theo trạng thái: Hoàn thành: 1.234, Quá hạn: 766", (string?)root.Attribute("aria-label"));
        var bars = root.Elements(Ns + "rect").Where(r => r.Attribute("y") is null).ToList();
        Assert.Equal(2, bars.Count);
        Assert.Equal(ViewBox(root).Width, bars.Sum(b => Num(b, "width")), 1);
        Assert.Equal(1234d / 766, Num(bars[0], "width") / Num(bars[1], "width"), 2);
        Assert.Contains("Quá hạn: 766", Texts(root));
    }

    [Fact]
    public void Render_NothingToCount_DrawsAnEmptyBar()
    {
        var root = Parse(StatusBar.Render([new(ChartBand.Completed, "Completed", 0)], "Status", CultureInfo.GetCultureInfo("en-GB")));

        Assert.Single(root.Elements(Ns + "rect"), r => r.Attribute("y") is null);
        Assert.Equal("Status: Completed: 0", (string?)root.Attribute("aria-label"));
    }
}
