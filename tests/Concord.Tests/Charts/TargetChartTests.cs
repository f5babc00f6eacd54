using System.Globalization;
using Concord.Data.Reports;
using Concord.Features.Charts;
using static Concord.Tests.Charts.SvgAssert;

namespace Concord.Tests.Charts;

public sealed class TargetChartTests
{
    static readonly TargetChartData Visitors = new("lượt khách", "lượt khách <quốc tế>", 2_000_000m, new DateOnly(2027, 12, 31), 1_000_000m,
        new DateOnly(2025, 1, 1), [new(new DateOnly(2025, 6, 30), 1_100_000m, "TCTK"), new(new DateOnly(2025, 12, 31), 1_250_000m, "TCTK")],
        new DateOnly(2026, 6, 15));

    static readonly TargetChartLabels Vi = new("Lượt khách so với mục tiêu & tiến độ", "Đã đạt 1.250.000 lượt, mục tiêu 2.000.000 đến 2027.",
        "Giá trị đo", "Mục tiêu", "Mức cơ sở", "Tiến độ cần đạt", "Hôm nay");

    [Fact]
    public void Render_Vietnamese_GroupsThousandsWithDotsAndLabelsTheLines()
    {
        var root = Parse(TargetChart.Render(Visitors, Vi, CultureInfo.GetCultureInfo("vi-VN")));

        var texts = Texts(root);
        Assert.Contains("2.000.000", texts);
        Assert.Contains("Mục tiêu: 2.000.000", texts);
        Assert.Contains("Mức cơ sở: 1.000.000", texts);
        Assert.Contains("01/2026", texts);
        Assert.Contains("Tiến độ cần đạt", texts);
        Assert.Contains("lượt khách <quốc tế>", texts);
        Assert.Equal("Lượt khách so với mục tiêu & tiến độ", (string?)root.Attribute("aria-label"));
    }

    [Fact]
    public void Render_English_GroupsThousandsWithCommas()
    {
        var labels = Vi with { Target = "Target", Baseline = "Baseline" };
        var texts = Texts(Parse(TargetChart.Render(Visitors, labels, CultureInfo.GetCultureInfo("en-GB"))));

        Assert.Contains("2,000,000", texts);
        Assert.Contains("Target: 2,000,000", texts);
        Assert.DoesNotContain("2.000.000", texts);
        Assert.Contains("Jan 2026", texts);
    }

    [Fact]
    public void Render_TextIsEncoded_SoMarkupInAUnitStaysText()
    {
        string svg = TargetChart.Render(Visitors with { Unit = "<script>alert(1)</script>" }, Vi with { Title = "\"quoted\" & <b>" },
            CultureInfo.GetCultureInfo("vi-VN"));

        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", svg, StringComparison.Ordinal);
        var root = Parse(svg);
        Assert.Equal("\"quoted\" & <b>", root.Element(Ns + "title")!.Value);
    }

    [Fact]
    public void Render_PointsAndLinesLieInsideTheViewBox_AndThePaceRunsFromTheLatestValueToTheTarget()
    {
        var root = Parse(TargetChart.Render(Visitors, Vi, CultureInfo.GetCultureInfo("vi-VN")));

        InsideViewBox(root);
        var points = root.Descendants(Ns + "circle").ToList();
        Assert.Equal(2, points.Count);
        Assert.Equal(["30/06/2025: 1.100.000", "31/12/2025: 1.250.000"], points.Select(c => c.Element(Ns + "title")!.Value));
        var pace = root.Descendants(Ns + "line").Single(l => (string?)l.Attribute("stroke-dasharray") == "6 4" && Num(l, "y1") != Num(l, "y2"));
        Assert.Equal((Num(points[1], "cx"), Num(points[1], "cy")), (Num(pace, "x1"), Num(pace, "y1")));
        // The target line is higher on the page (smaller y) than the latest value.
        Assert.True(Num(pace, "y2") < Num(pace, "y1"));
    }

    [Fact]
    public void Render_NoMeasurementsNorDueDate_StillDrawsTheTargetWithoutAPace()
    {
        var data = new TargetChartData("ca", "ca", 50m, null, null, null, [], new DateOnly(2026, 6, 15));

        var root = Parse(TargetChart.Render(data, Vi, CultureInfo.GetCultureInfo("vi-VN")));

        InsideViewBox(root);
        Assert.Contains("Mục tiêu: 50", Texts(root));
        Assert.DoesNotContain("Tiến độ cần đạt", Texts(root));
        Assert.Empty(root.Descendants(Ns + "circle"));
    }

    [Fact]
    public void From_ReportTarget_CarriesItsMeasurements()
    {
        var target = new ReportTarget(1, 2, "2", "m", "u", "gte", 10m, null, 1m, new DateOnly(2025, 1, 1), new DateOnly(2027, 1, 1),
            new Concord.Data.Tracking.Pace(Concord.Data.Tracking.PaceState.Unknown, null, null, null, null), [new(new DateOnly(2025, 6, 1), 3m, "s")]);

        var data = TargetChartData.From(target, new DateOnly(2026, 1, 1));

        Assert.Equal((10m, 1m, 1), (data.Value, data.Baseline, data.Measurements.Count));
    }
}
