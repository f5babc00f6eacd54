namespace Concord.Data.Register;

/// <summary>A value of a target's metric on a date, with where it comes from.</summary>
public sealed class Measurement
{
    public int Id { get; set; }
    public int TargetId { get; set; }
    public DateOnly Date { get; set; }
    public decimal Value { get; set; }
    public required string Source { get; set; }
    public DateTime RecordedAt { get; set; }
    public string RecordedBy { get; set; } = "";
}
