using Concord.Text;
using Concord.Text.Checking;

namespace Concord.Formats;

/// <summary>The article's claims as a reader goes through them: the summary and what to read first, then every
/// claim with its verdict, the item it speaks of and both sides of any difference.</summary>
public static class CheckText
{
    public static void Write(TextWriter o, CheckResult result)
    {
        var a = result.Article;
        var against = string.Join(", ", result.Versions.Select(v => $"{v.Source} ({v.Language.Code()})"));
        o.WriteLine($"{a.Source} ({a.Language.Code()}) against {against}");
        if (a.Title is not null) o.WriteLine($"title: {a.Title}");
        if (a.Date is { } date) o.WriteLine($"date: {date:yyyy-MM-dd}");
        var counts = result.Summary.Counts.Where(c => c.Value > 0).Select(c => $"{c.Value} {Kebab.Of(c.Key)}");
        o.WriteLine($"{result.Claims.Count} claims: {string.Join(", ", counts)}");
        if (result.Summary.ReadFirst.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("Read first:");
            foreach (int i in result.Summary.ReadFirst)
                o.WriteLine($"  #{i + 1} {Kebab.Of(result.Claims[i].Verdict)}: {Clip.To(result.Claims[i].Text, 100)}");
        }
        for (int i = 0; i < result.Claims.Count; i++)
        {
            var c = result.Claims[i];
            o.WriteLine();
            var path = c.Links.Count > 0 ? " " + string.Join(" ", c.Links.Select(l => $"{l.Path}({result.Versions[l.Version].Language.Code()})")) : "";
            o.WriteLine($"#{i + 1} {Kebab.Of(c.Verdict)} {c.Confidence:0.00}{path}");
            o.WriteLine($"  {Clip.To(c.Text, 160)}");
            o.WriteLine($"  {c.Reason}");
            foreach (var d in c.Differences)
            {
                var text = result.Versions[d.Version].Text;
                o.WriteLine($"  ! {Kebab.Of(d.Kind)}: {d.Detail}");
                o.WriteLine($"      article: {Clip.To(d.Claimed, 120)}");
                o.WriteLine($"      {d.Path}: {Clip.To(d.Stated, 120)}");
            }
        }
    }
}
