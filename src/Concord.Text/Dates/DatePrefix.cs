namespace Concord.Text.Dates;

/// <summary>How the words before (in Japanese: after) a period tie it to what is said.</summary>
internal enum DatePrefix : byte
{
    None,
    /// <summary>"by", "until", "no later than", "đến", "までに": open start, ends with the period.</summary>
    By,
    /// <summary>"before", "prior to", "trước": open start, ends the day before the period starts
    /// ("before the end of X" ends with X).</summary>
    Before,
    /// <summary>"within", "中に", "内に": the period itself, always a deadline when not past.</summary>
    Within,
    /// <summary>"in", "on", "during", "trong", "vào": the period itself.</summary>
    In,
    /// <summary>"from", "starting", "từ", "から": starts with the period, open end (unless a range follows).</summary>
    From,
    /// <summary>"since", "kể từ": starts with the period, open end, looks back.</summary>
    Since,
    /// <summary>"after", "sau": starts the day after the period, open end.</summary>
    After,
    /// <summary>"between": needs "and" and a second period.</summary>
    Between,
}
