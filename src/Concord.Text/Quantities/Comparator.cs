namespace Concord.Text.Quantities;

public enum Comparator
{
    /// <summary>Exactly: "50,000 specialists".</summary>
    Eq,
    /// <summary>More than: "more than 600,000", "hơn 600.000".</summary>
    Gt,
    /// <summary>At least: "at least", "no fewer than", "ít nhất".</summary>
    Gte,
    /// <summary>Less than: "fewer than", "dưới".</summary>
    Lt,
    /// <summary>Up to: "up to", "at most", "tối đa".</summary>
    Lte,
    /// <summary>Approximately: "approximately", "about", "around", "khoảng", "約".</summary>
    Approx,
}
