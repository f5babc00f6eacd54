namespace Concord.Data.Register;

/// <summary>A measurable target of a commitment ("2 million visits per year by 2030") and what was measured.</summary>
public sealed class Target
{
    public int Id { get; set; }
    public int CommitmentId { get; set; }
    public required string Metric { get; set; }

    /// <summary>A currency code, "%", or the counted noun, as the text core gives quantities.</summary>
    public required string Unit { get; set; }

    /// <summary>"eq", "gt", "gte", "lt", "lte" or "approx".</summary>
    public string Comparator { get; set; } = "gte";
    public decimal Value { get; set; }
    public decimal? Baseline { get; set; }
    public DateOnly? BaselineDate { get; set; }

    /// <summary>The period of a rate ("year"), or null for a total.</summary>
    public string? Per { get; set; }
    public DateOnly? DueDate { get; set; }

    /// <summary>The words of the source the target was read from, empty when a person set it.</summary>
    public string SourceText { get; set; } = "";
    public long Version { get; set; }

    public List<Measurement> Measurements { get; set; } = [];
}
