using System.Globalization;
using System.Xml.Linq;

namespace Concord.Tests.Charts;

/// <summary>Reads a chart's SVG as XML (which fails on anything not well formed) and checks what every chart owes
/// its reader: a title, a description, an aria-label, and every drawn coordinate inside the view box.</summary>
internal static class SvgAssert
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public static XElement Parse(string svg)
    {
        var root = XElement.Parse(svg);
        Assert.Equal(Ns + "svg", root.Name);
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.False(string.IsNullOrWhiteSpace((string?)root.Attribute("aria-label")));
        Assert.False(string.IsNullOrWhiteSpace(root.Element(Ns + "title")?.Value));
        Assert.False(string.IsNullOrWhiteSpace(root.Element(Ns + "desc")?.Value));
        Assert.DoesNotContain(root.DescendantsAndSelf(), e => e.Attribute("style") is not null || e.Name == Ns + "style" || e.Name == Ns + "script");
        return root;
    }

    public static (double Width, double Height) ViewBox(XElement root)
    {
        var parts = ((string)root.Attribute("viewBox")!).Split(' ').Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal((0d, 0d), (parts[0], parts[1]));
        return (parts[2], parts[3]);
    }

    public static double Num(XElement e, string attribute) => double.Parse((string)e.Attribute(attribute)!, CultureInfo.InvariantCulture);

    /// <summary>Every x, y, cx, cy, x1..y2 and polyline point lies within the view box.</summary>
    public static void InsideViewBox(XElement root)
    {
        var (width, height) = ViewBox(root);
        foreach (var e in root.Descendants().Where(e => e.Parent?.Name != Ns + "pattern" && e.Name != Ns + "pattern"))
        {
            foreach (var name in new[] { "x", "x1", "x2", "cx" })
                if (e.Attribute(name) is { } a) Assert.InRange(Num(e, name), 0, width);
            foreach (var name in new[] { "y", "y1", "y2", "cy" })
                if (e.Attribute(name) is { } a) Assert.InRange(Num(e, name), 0, height);
            if (e.Name == Ns + "rect" && e.Attribute("width") is not null)
                Assert.InRange(Num(e, "x") + Num(e, "width"), 0, width + 0.01);
            if (e.Name == Ns + "polyline")
                foreach (var point in ((string)e.Attribute("points")!).Split(' '))
                {
                    var xy = point.Split(',').Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
                    Assert.InRange(xy[0], 0, width);
                    Assert.InRange(xy[1], 0, height);
                }
        }
    }

    public static List<string> Texts(XElement root) => [.. root.Descendants(Ns + "text").Select(t => t.Value)];
}
