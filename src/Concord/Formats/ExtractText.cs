using Concord.Text;
using Concord.Text.Dates;
using Concord.Text.Extraction;
using Concord.Text.Outline;

namespace Concord.Formats;

/// <summary>The outline with what was found in each item, for a person at a terminal.</summary>
public static class ExtractText
{
    const int Width = 100;

    public static void Write(TextWriter o, ExtractedDocument doc)
    {
        if (doc.Title is not null) o.WriteLine(doc.Title);
        var points = doc.Items.Count(i => i.Outline.ParentPath is null && i.Kind is ItemKind.Section or ItemKind.Item);
        var entries = doc.Items.Count(i => i.Kind == ItemKind.AnnexEntry);
        o.WriteLine($"{doc.Source} · {doc.Language.Code()} · date {Clip.Date(doc.Date)} · {Parties(doc)}{doc.Items.Count} items, {points} points, {entries} annex entries");
        foreach (var item in doc.Items)
        {
            o.WriteLine();
            var indent = new string(' ', 2 * item.Path.Count(c => c == '.'));
            var head = item.Outline.Heading ?? item.Text;
            o.WriteLine($"{indent}{item.Path,-6} {Kebab.Of(item.Kind),-11} {Clip.To(head, Width - indent.Length - 19)}");
            var detail = indent + new string(' ', 7);
            foreach (var c in item.Clauses)
                o.WriteLine($"{detail}{Kebab.Of(c.Modality),-16}{Actors(c.Actors)}{Clip.To(c.Text, 60)}");
            foreach (var q in item.Quantities)
                o.WriteLine($"{detail}{"quantity",-16}{q.Text} = {Clip.Join(Comparator(q.Comparator), Clip.Number(q.Value), q.Unit, q.Per is null ? null : "per " + q.Per)}");
            foreach (var d in item.Dates)
                o.WriteLine($"{detail}{"date",-16}{d.Text} = {Describe(d)}");
            foreach (var e in item.Entities)
                o.WriteLine($"{detail}{Kebab.Of(e.Type),-16}{e.Text}");
        }
        if (doc.Noise.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("Left out as noise:");
            foreach (var n in doc.Noise)
                o.WriteLine($"  {n.Kind,-15}{Clip.To(n.Span.Of(doc.Text), Width - 17)}");
        }
        WriteDiagnostics(o, doc.Diagnostics);
    }

    public static void WriteDiagnostics(TextWriter o, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (diagnostics.Count == 0) return;
        o.WriteLine();
        o.WriteLine("Notes:");
        foreach (var d in diagnostics)
            o.WriteLine($"  {d.Code}: {d.Message}");
    }

    static string Parties(ExtractedDocument doc) =>
        doc.Parties.Count == 0 ? "" : $"parties {string.Join(", ", doc.Parties.Select(p => p.Name))} · ";

    static string Actors(IReadOnlyList<string> actors) => actors.Count == 0 ? "" : $"[{string.Join(", ", actors)}] ";

    static string? Comparator(Text.Quantities.Comparator c) => c switch
    {
        Text.Quantities.Comparator.Gt => ">",
        Text.Quantities.Comparator.Gte => "≥",
        Text.Quantities.Comparator.Lt => "<",
        Text.Quantities.Comparator.Lte => "≤",
        Text.Quantities.Comparator.Approx => "≈",
        _ => null,
    };

    static string Describe(DateMention d)
    {
        var range = d.Start == d.End ? Clip.Date(d.Start) : $"{Clip.Date(d.Start)} – {Clip.Date(d.End)}";
        var precision = Kebab.Of(d.Precision) + (d.FiscalYear is { } fy ? $" ({fy})" : "");
        return d.Precision is DatePrecision.Asap or DatePrecision.Recurring && d.Start is null && d.End is null
            ? $"{Kebab.Of(d.Role)}, {precision}"
            : $"{Kebab.Of(d.Role)} {range}, {precision}";
    }
}
