using Concord.Text.Dates;
using Concord.Text.Quantities;

namespace Concord.Text.Alignment;

/// <summary>One side of a pairing: one item, or two adjacent items that the other side says in one.</summary>
internal sealed class PairSide
{
    readonly AnchorKeys keys;
    HashSet<int>? ids;
    HashSet<int>? written;

    public PairSide(Language language, string text, ItemProfile[] items, AnchorKeys keys)
    {
        this.keys = keys;
        Language = language;
        Text = text;
        Items = items;
        Label = (Enum.IsDefined(language) ? language.Code() : "?") + " " + string.Join(" + ", items.Select(i => i.Path));
        Quantities = [.. items.SelectMany(i => i.Item.Quantities ?? [])];
        Dates = [.. items.SelectMany(i => i.Item.Dates ?? [])];
    }

    public Language Language { get; }

    public string Text { get; }

    public ItemProfile[] Items { get; }

    /// <summary>For a person: "en 4.7", "vi 3.2 + P7".</summary>
    public string Label { get; }

    public List<Quantity> Quantities { get; }

    public List<DateMention> Dates { get; }

    /// <summary>Whether the digits of a number ("50000", "2025") are written in digits anywhere in this
    /// side's text, recognised as a quantity or not. A number word ("hai", "third") does not count: it
    /// is too common to stand for a figure.</summary>
    public bool HasNumber(string digits) => keys.TryGet("n:" + digits, out int id) && Written.Contains(id);

    /// <summary>Whether the anchor occurs anywhere in this side, a number in digits or in words.</summary>
    public bool HasAnchor(int id) => Ids.Contains(id);

    HashSet<int> Ids => ids ??= [.. Items.SelectMany(i => i.Occurrences).Select(o => o.Id)];

    HashSet<int> Written => written ??= [.. Items.SelectMany(i => i.Occurrences)
        .Where(o => o.Length > 0 && o.Position < Text.Length && TextFold.IsDigit(Text[o.Position])).Select(o => o.Id)];
}
