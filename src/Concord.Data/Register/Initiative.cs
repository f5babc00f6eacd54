namespace Concord.Data.Register;

/// <summary>A programme, a project (an annex entry) or an event a statement names.</summary>
public sealed class Initiative
{
    public int Id { get; set; }

    /// <summary>"programme", "project" or "event".</summary>
    public required string Kind { get; set; }
    public required string Name { get; set; }
    public string? OtherName { get; set; }
    public DateOnly? Date { get; set; }
    public long Version { get; set; }
}
